"use client";
// The reader's margin for claim matching: known claims found in this source (Y accepts, N dismisses) and
// check-worthy sentences that state no known claim (C creates a claim from one). Keyboard: Tab or J/K moves.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { format } from "@/lib/i18n/locale";
import { acceptSuggestionAction, dismissSuggestionAction, matchSourceAction } from "@/app/actions/matching";

export type MarginSuggestion = { id: string; claimId: string; claimText: string; start: number; end: number; exact: string; score: string; why: string };
export type MarginCandidate = { start: number; end: number; text: string; cues: string };
type Labels = {
  margin: string; none: string; run: string; running: string; found: string; accept: string; dismiss: string; help: string;
  candidates: string; noCandidates: string; createClaim: string; cues: string;
};

/** Brings the paragraph holding a body offset into view (blocks carry their offset in data-start). */
function showInText(start: number) {
  const blocks = [...document.querySelectorAll<HTMLElement>(".source-text [data-start]")];
  const block = blocks.filter((b) => Number(b.dataset.start) <= start).at(-1);
  block?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function newClaimHref(sourceId: string, c: { start: number; end: number }) {
  return `/desk/claims/new?${new URLSearchParams({ sourceId, start: String(c.start), end: String(c.end), mode: "claim" })}`;
}

export function SuggestionsMargin({ sourceId, suggestions, candidates, labels }: { sourceId: string; suggestions: MarginSuggestion[]; candidates: MarginCandidate[]; labels: Labels }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // After Y or N the decided item leaves the list; focus goes to the item now at its place, once the
  // refreshed list is drawn, and only if the editor has not moved focus elsewhere meanwhile.
  const refocusAt = useRef<number | null>(null);

  const focusItem = useCallback((index: number) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>("[data-margin-item]") ?? [])];
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    item?.focus();
  }, []);

  const decide = useCallback(
    (id: string, accept: boolean, index: number) => {
      startTransition(async () => {
        const result = accept ? await acceptSuggestionAction({ id, sourceId }) : await dismissSuggestionAction({ id, sourceId });
        setMessage(result.ok ? null : result.message);
        refocusAt.current = index;
        router.refresh();
      });
    },
    [router, sourceId],
  );

  useEffect(() => {
    const index = refocusAt.current;
    if (index === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    refocusAt.current = null;
    focusItem(index);
  }, [suggestions, focusItem]);

  // Opened from the claim page at a sentence (#sentence-<offset>): show it and focus its suggestion.
  useEffect(() => {
    const start = Number(/^#sentence-(\d+)$/.exec(window.location.hash)?.[1] ?? NaN);
    if (Number.isNaN(start)) return;
    showInText(start);
    root.current?.querySelector<HTMLElement>(`[data-margin-item][data-start="${start}"]`)?.focus({ preventScroll: true });
  }, []);

  const run = useCallback(() => {
    startTransition(async () => {
      const result = await matchSourceAction({ sourceId });
      setMessage(result.ok ? format(labels.found, { count: result.stored ?? 0 }) : result.message);
      router.refresh();
    });
  }, [labels.found, router, sourceId]);

  /** Keys on a focused item: J/K move, Y accepts, N dismisses, C creates a claim from a candidate. */
  const onKey = (event: KeyboardEvent<HTMLElement>, index: number, action: { accept?: () => void; dismiss?: () => void; create?: () => void }) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target !== event.currentTarget) return;
    const key = event.key.toLowerCase();
    const handler = { j: () => focusItem(index + 1), k: () => focusItem(index - 1), y: action.accept, n: action.dismiss, c: action.create }[key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  return (
    <div className="matching-margin" ref={root} aria-busy={pending}>
      <section className="card" aria-labelledby="matching-suggestions">
        <h2 id="matching-suggestions">{labels.margin}</h2>
        <p className="hint">{labels.help}</p>
        <button type="button" className="button secondary" onClick={run} disabled={pending}>
          {pending ? labels.running : labels.run}
        </button>
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        {suggestions.length === 0 ? (
          <p className="muted">{labels.none}</p>
        ) : (
          <ol className="margin-list">
            {suggestions.map((s, index) => (
              <li
                key={s.id}
                tabIndex={0}
                data-margin-item
                data-testid="match-suggestion"
                data-start={s.start}
                className="margin-item"
                aria-label={`${s.claimText} · ${s.score}`}
                onFocus={() => showInText(s.start)}
                onKeyDown={(e) => onKey(e, index, { accept: () => decide(s.id, true, index), dismiss: () => decide(s.id, false, index) })}
              >
                <q className="margin-quote">{s.exact}</q>
                <p>
                  <Link href={`/desk/claims/${s.claimId}`}>{s.claimText}</Link>
                </p>
                <p className="margin-why">
                  <strong>{s.score}</strong> · {s.why}
                </p>
                <div className="margin-actions">
                  <button type="button" className="button" disabled={pending} onClick={() => decide(s.id, true, index)}>
                    {labels.accept}
                  </button>
                  <button type="button" className="button secondary" disabled={pending} onClick={() => decide(s.id, false, index)}>
                    {labels.dismiss}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="matching-candidates">
        <h2 id="matching-candidates">{labels.candidates}</h2>
        {candidates.length === 0 ? (
          <p className="muted">{labels.noCandidates}</p>
        ) : (
          <ol className="margin-list">
            {candidates.map((c, i) => {
              const index = suggestions.length + i;
              const cuesId = `cues-${c.start}`;
              return (
                <li
                  key={c.start}
                  tabIndex={0}
                  data-margin-item
                  data-testid="checkworthy-candidate"
                  className="margin-item"
                  title={`${labels.cues}: ${c.cues}`}
                  aria-describedby={cuesId}
                  onFocus={() => showInText(c.start)}
                  onKeyDown={(e) => onKey(e, index, { create: () => router.push(newClaimHref(sourceId, c)) })}
                >
                  <q className="margin-quote">{c.text}</q>
                  <p className="margin-cues" id={cuesId}>
                    {labels.cues}: {c.cues}
                  </p>
                  <Link className="button secondary" href={newClaimHref(sourceId, c)}>
                    {labels.createClaim}
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
