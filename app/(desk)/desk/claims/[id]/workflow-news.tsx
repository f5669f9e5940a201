"use client";
// What the last move of the workflow did, said in the panel just under the claim's state. A move redraws the page and
// removes the form that made it (with its own "done" line), so the line, which stays, says it and takes the focus: a
// keyboard user hears what happened and starts from there, not from the page's top. The news is held for the whole
// claim page, so a move made outside the panel (the withdrawal beside the locked editor) is said in the same place.
import { createContext, startTransition, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

type News = { message: string; at: number };
const Announce = createContext<((message: string) => void) | null>(null);
const Latest = createContext<News | null>(null);

/** Tells the page what a move did. Every workflow form stands on the claim page, under WorkflowNews. */
export function useWorkflowNews(): (message: string) => void {
  const announce = useContext(Announce);
  if (!announce) throw new Error("A workflow form stands outside the claim page's WorkflowNews.");
  return announce;
}

/** Holds what the last workflow move did, for every form of the claim page under it. */
export function WorkflowNews({ children }: { children: ReactNode }) {
  const [news, setNews] = useState<News | null>(null);
  const announce = useCallback((message: string) => setNews((last) => ({ message, at: (last?.at ?? 0) + 1 })), []);
  return (
    <Announce.Provider value={announce}>
      <Latest.Provider value={news}>{children}</Latest.Provider>
    </Announce.Provider>
  );
}

/** The line that says it, placed in the panel; it takes the focus each time a move is announced. */
export function WorkflowNewsLine() {
  const news = useContext(Latest);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!news || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    const box = ref.current.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    // Brought into view with the claim's state just above it (what the move led to), not cut at the window's top.
    const state = ref.current.previousElementSibling;
    if (box.top < 0 && state) state.scrollIntoView({ block: "start" });
    else ref.current.scrollIntoView({ block: "nearest" });
  }, [news]);
  return news ? (
    <p ref={ref} key={news.at} className="notice ok" role="status" tabIndex={-1} data-testid="workflow-news">
      {news.message}
    </p>
  ) : null;
}

/**
 * A workflow form's action, telling the page what it did once the server says it is done. Run by the action itself,
 * not by an effect of the form, which is gone by then. The news is set in a transition: an update after the action's
 * await would otherwise show at once, beside the old panel and the form that made the move, a moment before the
 * redrawn page arrives; as a transition it is shown with the redrawn page.
 */
export function announcing<P, S extends { ok: boolean }>(action: (previous: P, data: FormData) => Promise<S>, announce: (message: string) => void, message: (data: FormData) => string) {
  return async (previous: P, data: FormData): Promise<S> => {
    const result = await action(previous, data);
    if (result.ok) startTransition(() => announce(message(data)));
    return result;
  };
}
