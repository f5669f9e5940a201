"use client";
// What the reader's islands share: the source, the claim being worked on (from `?claim=`), and the last C/A/E asked for.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

export type ReaderMode = "claim" | "attach" | "evidence";
export type ReaderSelection = { start: number; end: number; exact: string };
/** One request from the text (keys or toolbar); `at` tells two requests for the same selection apart. */
export type ReaderRequest = { mode: ReaderMode | "choose"; selection: ReaderSelection | null; at: number };

type ReaderState = {
  sourceId: string;
  currentClaimId: string | null;
  /** Where the keyboard cursor starts on this page: after the current claim's last quote in this source. */
  resumeAt: number | null;
  request: ReaderRequest | null;
  act: (mode: ReaderMode, span: { start: number; end: number }) => void;
  choose: () => void;
  done: () => void;
  setCurrentClaim: (id: string | null) => void;
};

const ReaderContext = createContext<ReaderState | null>(null);
const memoryKey = (sourceId: string) => `claimdesk.reader.claim.${sourceId}`;

export function ReaderProvider({ sourceId, body, currentClaimId, resumeAt = null, children }: { sourceId: string; body: string; currentClaimId: string | null; resumeAt?: number | null; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [request, setRequest] = useState<ReaderRequest | null>(null);

  const setCurrentClaim = useCallback(
    (id: string | null) => {
      const params = new URLSearchParams(searchParams.toString());
      if (id) params.set("claim", id);
      else params.delete("claim");
      try {
        if (id) window.localStorage.setItem(memoryKey(sourceId), id);
        else window.localStorage.removeItem(memoryKey(sourceId));
      } catch {}
      const query = params.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router, searchParams, sourceId],
  );

  // The URL keeps the claim across reloads; opening the source again without it picks up the one last worked on here.
  useEffect(() => {
    if (currentClaimId) {
      try {
        window.localStorage.setItem(memoryKey(sourceId), currentClaimId);
      } catch {}
      return;
    }
    let remembered: string | null = null;
    try {
      remembered = window.localStorage.getItem(memoryKey(sourceId));
    } catch {}
    if (remembered && !searchParams.has("claim")) setCurrentClaim(remembered);
    // Only when the page opens: clearing the claim later must not bring it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const act = useCallback(
    (mode: ReaderMode, span: { start: number; end: number }) => {
      const selection = { ...span, exact: body.slice(span.start, span.end) };
      if (mode === "claim") {
        const query = new URLSearchParams({ sourceId, start: String(span.start), end: String(span.end), mode, stay: "reader" });
        router.push(`/desk/claims/new?${query}`);
        return;
      }
      setRequest({ mode, selection, at: Date.now() });
    },
    [body, router, sourceId],
  );
  const choose = useCallback(() => setRequest({ mode: "choose", selection: null, at: Date.now() }), []);
  const done = useCallback(() => setRequest(null), []);

  const value = useMemo(() => ({ sourceId, currentClaimId, resumeAt, request, act, choose, done, setCurrentClaim }), [sourceId, currentClaimId, resumeAt, request, act, choose, done, setCurrentClaim]);
  return <ReaderContext.Provider value={value}>{children}</ReaderContext.Provider>;
}

/** The reader's shared state; null outside a reader (the text then opens the selection forms on their own page). */
export function useReader(): ReaderState | null {
  return useContext(ReaderContext);
}
