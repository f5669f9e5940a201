"use client";
// What the last move of the workflow did, said in the panel just above its next step. A move redraws the panel and
// removes the form that made it (with its own "done" line), so the panel, which stays, says it and takes the focus:
// a keyboard user hears what happened and starts from there, not from the panel's heading.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const Announce = createContext<((message: string) => void) | null>(null);

/** Tells the panel what a move did; null outside a panel (the form then says it itself). */
export function useWorkflowNews() {
  return useContext(Announce);
}

export function WorkflowNews({ children }: { children: ReactNode }) {
  const [news, setNews] = useState<{ message: string; at: number } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((message: string) => setNews((last) => ({ message, at: (last?.at ?? 0) + 1 })), []);
  useEffect(() => {
    if (!news || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    const box = ref.current.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) ref.current.scrollIntoView({ block: "nearest" });
  }, [news]);
  return (
    <Announce.Provider value={announce}>
      {news && (
        <p ref={ref} key={news.at} className="notice ok" role="status" tabIndex={-1} data-testid="workflow-news">
          {news.message}
        </p>
      )}
      {children}
    </Announce.Provider>
  );
}

/**
 * A workflow form's action, telling the panel what it did once the server says it is done. Run by the action itself,
 * not by an effect of the form: the answer and the redrawn panel arrive together, and the form is gone by then.
 */
export function announcing<P, S extends { ok: boolean }>(action: (previous: P, data: FormData) => Promise<S>, announce: ((message: string) => void) | null, message: (data: FormData) => string) {
  return async (previous: P, data: FormData): Promise<S> => {
    const result = await action(previous, data);
    if (result.ok) announce?.(message(data));
    return result;
  };
}
