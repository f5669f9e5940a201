"use client";
// The outlet profiles, with the page's word on a deletion: the deleted profile's section leaves the page with its
// form, so what was done is said above the list, and the keyboard goes there instead of to the top of the document.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

const Announce = createContext<(message: string) => void>(() => undefined);

/** Says `message` above the list and moves the focus to it (each call, even with the same words). */
export function useAnnounceDeletion(): (message: string) => void {
  return useContext(Announce);
}

export function OutletProfileList({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ message: string } | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  // One function for the page's life: a form's effect that calls it does not run again each time the list redraws.
  const announce = useCallback((message: string) => setNotice({ message }), []);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return (
    <Announce.Provider value={announce}>
      {notice && (
        <p className="notice ok" role="status" tabIndex={-1} ref={ref} data-testid="outlet-profile-deleted">
          {notice.message}
        </p>
      )}
      {children}
    </Announce.Provider>
  );
}
