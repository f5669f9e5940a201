// The ledger's timeline: a server-rendered SVG of items per month, stacked by status. Each status has its own fill
// pattern and a letter on its bar, so colour is never the only cue; the same numbers are in the table beside it.
import type { Ledger, LedgerStatus } from "@/lib/public/ledger";
import { LEDGER_STATUSES } from "@/lib/public/ledger";

const STYLE: Record<LedgerStatus, { colour: string; pattern: string; letter: string }> = {
  ALLEGED: { colour: "#8a5a00", pattern: "dots", letter: "A" },
  DENIED: { colour: "#5a4a8a", pattern: "hatch", letter: "D" },
  CONFIRMED: { colour: "#1f6b3a", pattern: "solid", letter: "C" },
  REFUTED: { colour: "#a12a2a", pattern: "cross", letter: "R" },
};

export function LedgerTimeline({ timeline, labels }: { timeline: Ledger["timeline"]; labels: { title: string; desc: string; month: string; statuses: Record<LedgerStatus, string> } }) {
  const months = timeline;
  const max = Math.max(1, ...months.map((m) => LEDGER_STATUSES.reduce((sum, s) => sum + m.counts[s], 0)));
  const bar = 28;
  const gap = 10;
  const height = 180;
  const top = 10;
  const left = 34;
  const width = Math.max(320, left + months.length * (bar + gap) + gap);
  const scale = (n: number) => (n / max) * height;
  return (
    <figure className="ledger-timeline" data-testid="ledger-timeline">
      <div className="scroll-x">
        <svg role="img" aria-labelledby="timeline-title timeline-desc" width={width} height={height + top + 40} viewBox={`0 0 ${width} ${height + top + 40}`}>
          <title id="timeline-title">{labels.title}</title>
          <desc id="timeline-desc">
            {labels.desc} {months.map((m) => `${m.month}: ${LEDGER_STATUSES.map((s) => `${labels.statuses[s]} ${m.counts[s]}`).join(", ")}`).join("; ")}
          </desc>
          <defs>
            {LEDGER_STATUSES.map((s) => {
              const { colour, pattern } = STYLE[s];
              return (
                <pattern key={s} id={`ledger-${s}`} width="6" height="6" patternUnits="userSpaceOnUse">
                  <rect width="6" height="6" fill={pattern === "solid" ? colour : "#fff"} />
                  {pattern === "dots" && <circle cx="3" cy="3" r="1.6" fill={colour} />}
                  {pattern === "hatch" && <path d="M0 6 L6 0" stroke={colour} strokeWidth="2" />}
                  {pattern === "cross" && <path d="M0 0 L6 6 M6 0 L0 6" stroke={colour} strokeWidth="1.5" />}
                </pattern>
              );
            })}
          </defs>
          <line x1={left} y1={top + height} x2={width} y2={top + height} stroke="#444" />
          <text x={left - 6} y={top + 10} textAnchor="end" fontSize="11">
            {max}
          </text>
          <text x={left - 6} y={top + height} textAnchor="end" fontSize="11">
            0
          </text>
          {months.map((m, i) => {
            const x = left + gap + i * (bar + gap);
            let y = top + height;
            return (
              <g key={m.month} data-month={m.month}>
                {LEDGER_STATUSES.filter((s) => m.counts[s] > 0).map((s) => {
                  const h = scale(m.counts[s]);
                  y -= h;
                  return (
                    <g key={s}>
                      <rect x={x} y={y} width={bar} height={h} fill={`url(#ledger-${s})`} stroke={STYLE[s].colour} data-status={s} data-count={m.counts[s]} />
                      {h >= 12 && (
                        <text x={x + bar / 2} y={y + h / 2 + 4} textAnchor="middle" fontSize="10" fontWeight="bold" fill="#000" stroke="#fff" strokeWidth="2.5" paintOrder="stroke">
                          {STYLE[s].letter}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text x={x + bar / 2} y={top + height + 14} textAnchor="end" fontSize="10" transform={`rotate(-35 ${x + bar / 2} ${top + height + 14})`}>
                  {m.month}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption>
        <ul className="legend">
          {LEDGER_STATUSES.map((s) => (
            <li key={s}>
              <svg width="14" height="14" aria-hidden="true">
                <rect width="14" height="14" fill={`url(#ledger-${s})`} stroke={STYLE[s].colour} />
              </svg>{" "}
              {STYLE[s].letter} = {labels.statuses[s]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
