"use client";
// An import job as its owner sees it: "n of m" while the server saves (polled, so a reload finds it again),
// then what was stored, first, and what the desk already had.
import Link from "next/link";
import { useEffect } from "react";
import { importJobAction } from "@/app/actions/sources";
import type { ImportJobView } from "@/lib/sources/import-jobs";
import { format } from "@/lib/i18n/locale";
import type { ImportLabels } from "./import-screen";

const POLL_MS = 700;
/** Outcomes listed of each kind (the server sends no more: OUTCOMES_LISTED); the rest are counted (the sources list has them all). */
const LISTED = 100;

export function ImportJobPanel({ job, labels, onChange }: { job: ImportJobView; labels: ImportLabels; onChange: (job: ImportJobView) => void }) {
  const active = job.state === "queued" || job.state === "running";

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      try {
        const result = await importJobAction(job.id);
        if (!stopped && result.ok) onChange(result.job);
      } catch {
        if (!stopped) onChange({ ...job }); // a failed poll tries again
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, job, onChange]);

  if (active) {
    const text = job.total === null ? labels.jobQueued : format(labels.jobProgress, { done: job.done, total: job.total });
    return (
      <div data-testid="import-job" data-state={job.state}>
        <p role="status">{text}</p>
        <progress max={job.total ?? 1} value={job.total === null ? undefined : job.done} aria-label={text} />
        <p className="muted">{labels.jobKeepsRunning}</p>
      </div>
    );
  }

  const outcomes = job.outcomes ?? [];
  const stored = outcomes.filter((o) => o.status === "stored");
  const duplicates = outcomes.filter((o) => o.status !== "stored");
  const item = (outcome: (typeof outcomes)[number]) => (
    <li key={`${outcome.fileName}-${outcome.index}`} data-status={outcome.status}>
      {/* Not prefetched: a hundred links in view would each fetch their page. */}
      <Link href={`/sources/${outcome.id}`} prefetch={false}>
        {outcome.title ?? labels.sources.untitled}
      </Link> — {outcome.status === "stored" ? labels.stored : labels.duplicate}
      {outcome.nearDuplicateOf && (
        <>
          {" · "}
          <Link href={`/sources/${outcome.nearDuplicateOf.id}`} prefetch={false}>{format(labels.nearDuplicate, { title: outcome.nearDuplicateOf.title ?? labels.sources.untitled })}</Link>
        </>
      )}
    </li>
  );
  const more = (n: number) => n > LISTED && <li className="muted">{format(labels.moreOutcomes, { count: n - LISTED })}</li>;

  return (
    <div data-testid="import-job" data-state={job.state}>
      <h2>{format(labels.done, { stored: job.stored, duplicates: job.duplicates })}</h2>
      {job.state === "failed" && (
        <p className="notice error" role="alert">
          {format(labels.jobFailed, { stored: job.stored, failed: job.failed, reason: job.error ?? "" })}
        </p>
      )}
      {stored.length > 0 && (
        <>
          <h3>{labels.storedFirst}</h3>
          <ul className="outcomes">
            {stored.slice(0, LISTED).map(item)}
            {more(Math.max(stored.length, job.stored))}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <details>
          <summary>{format(labels.duplicatesSkipped, { count: Math.max(duplicates.length, job.duplicates) })}</summary>
          <ul className="outcomes">
            {duplicates.slice(0, LISTED).map(item)}
            {more(Math.max(duplicates.length, job.duplicates))}
          </ul>
        </details>
      )}
    </div>
  );
}
