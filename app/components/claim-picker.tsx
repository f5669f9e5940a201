"use client";
// Finds claims as you type (diacritics optional) and renders an action for each: attach, link, cite.
import { useEffect, useState, type ReactNode } from "react";

export type PickedClaim = { id: string; slug: string; text: string; state: string; score: number };

/** `similar`: claims close to a whole wording (duplicate suggestions); `search`: claims having every typed word. */
export function useSimilarClaims(query: string, excludeId?: string, endpoint: "similar" | "search" = "similar"): PickedClaim[] {
  const [found, setFound] = useState<PickedClaim[]>([]);
  const q = query.trim();
  const isSearchable = q.length >= 4;
  useEffect(() => {
    if (!isSearchable) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q });
      if (excludeId) params.set("exclude", excludeId);
      fetch(`/api/desk/claims/${endpoint}?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { claims: [] }))
        .then((body: { claims: PickedClaim[] }) => setFound(body.claims))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, isSearchable, excludeId, endpoint]);
  // Too little typed: no suggestions (the last results stay only while a longer query is in flight).
  return isSearchable ? found : [];
}

type Props = { label: string; hint: string; empty: string; initialQuery?: string; excludeId?: string; children: (claim: PickedClaim) => ReactNode; id: string; autoFocus?: boolean };

/** Searches by the words typed (any order, diacritics optional); the box starts empty unless told otherwise. */
export function ClaimPicker({ label, hint, empty, initialQuery = "", excludeId, children, id, autoFocus }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const claims = useSimilarClaims(query, excludeId, "search");
  return (
    <div className="claim-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" autoFocus={autoFocus} />
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      </div>
      {query.trim().length >= 4 && claims.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="picked" aria-live="polite">
          {claims.map((claim) => (
            <li key={claim.id} data-testid="picked-claim">
              <span>{claim.text}</span>
              {children(claim)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
