"use client";
// The preview of a big import, kept small in the page: the articles the desk already holds as one line (opened on
// demand, as a list of links), the new ones a page of cards at a time with keyboard-usable paging.
import Link from "next/link";
import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import type { PreviewSummary } from "@/lib/sources/import-drafts";
import { format } from "@/lib/i18n/locale";
import type { ImportLabels } from "./import-screen";

export type PreviewEntry = { fileIndex: number; source: PreviewSummary };

/** Cards on one preview page: about what an editor checks at a glance, and a page stays quick to draw. */
export const CARDS_PER_PAGE = 20;
/** Cards added to the page per task: a page's twenty cards committed at once made the preview's longest task. */
const CARDS_PER_TASK = 4;

export function DuplicatesLine({ entries, labels }: { entries: PreviewEntry[]; labels: ImportLabels }) {
  const [open, setOpen] = useState(false);
  if (!entries.length) return null;
  return (
    <details className="card duplicates" data-testid="already-in-desk" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{format(labels.alreadyInDesk, { count: entries.length })}</summary>
      <p className="muted">{labels.alreadyInDeskHint}</p>
      {/* The list is drawn only once opened: hundreds of links the editor may never look at stay out of the page. */}
      {open && (
        <ul className="outcomes">
          {entries.map(({ fileIndex, source }) => (
            <li key={`${fileIndex}:${source.index}`}>
              {source.title ?? labels.sources.untitled} — <Link href={`/sources/${source.existingId}`} prefetch={false}>
                {labels.openExisting}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

type PagesProps = {
  entries: PreviewEntry[];
  labels: ImportLabels;
  renderCard: (entry: PreviewEntry) => ReactNode;
  /** The entries of the page now shown (on first draw, paging, and a new list): their texts are fetched. */
  onShow?: (shown: PreviewEntry[]) => void;
};

export function PreviewPages({ entries, labels, renderCard, onShow }: PagesProps) {
  const [page, setPage] = useState(0);
  const top = useRef<HTMLDivElement>(null);
  const pages = Math.max(1, Math.ceil(entries.length / CARDS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  // How many of the page's cards are drawn: a few at first, more after each frame, until the page is whole.
  const [drawn, setDrawn] = useState({ page: current, count: CARDS_PER_TASK });
  const count = drawn.page === current ? drawn.count : CARDS_PER_TASK;
  const onPage = entries.slice(current * CARDS_PER_PAGE, (current + 1) * CARDS_PER_PAGE);
  useEffect(() => {
    if (entries.length) onShow?.(entries.slice(current * CARDS_PER_PAGE, (current + 1) * CARDS_PER_PAGE));
  }, [entries, current, onShow]);
  useEffect(() => {
    if (count >= onPage.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDrawn({ page: current, count: count + CARDS_PER_TASK })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, current, onPage.length]);
  if (!entries.length) return null;

  function go(next: number) {
    // Drawn as a transition, not in the key press's task: the old page's twenty cards go and the new page's first
    // cards come in a render React may yield in.
    startTransition(() => setPage(Math.max(0, Math.min(pages - 1, next))));
    // The new page starts at the top: focus and scroll go there, so keyboard and screen reader users follow.
    top.current?.focus();
    top.current?.scrollIntoView({ block: "start" });
  }

  const pager =
    pages > 1 && (
      <nav className="row pager" aria-label={labels.pages}>
        <button className="button secondary" type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          {labels.previousPage}
        </button>
        <span aria-live="polite">{format(labels.pageOf, { page: current + 1, pages })}</span>
        <button className="button secondary" type="button" onClick={() => go(current + 1)} disabled={current === pages - 1}>
          {labels.nextPage}
        </button>
      </nav>
    );

  return (
    <div>
      <div ref={top} tabIndex={-1} className="row spread">
        <p className="muted">{format(labels.newSources, { count: entries.length })}</p>
        {pager}
      </div>
      {onPage.slice(0, count).map(renderCard)}
    </div>
  );
}
