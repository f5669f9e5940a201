"use client";
// The claim forms' claimant: an autocomplete over names and aliases (diacritics optional) showing each one's kind.
// A name the desk does not know is added only by ticking "add as new claimant" and choosing its kind.
import { useEffect, useId, useState } from "react";
import type { FieldErrors } from "@/lib/errors";

type Found = { id: string; name: string; kind: string; alias: string };
export type ClaimantFieldLabels = { label: string; hint: string; addNew: string; newKind: string; chooseKind: string; kinds: Record<string, string>; known: string };

/** As the server's alias key folds it (lib/claims/claimants.ts aliasKey). */
const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function useClaimants(query: string): Found[] {
  const [found, setFound] = useState<{ query: string; claimants: Found[] }>({ query: "", claimants: [] });
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/desk/claimants?${new URLSearchParams({ q })}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { claimants: [] }))
        .then((body: { claimants: Found[] }) => setFound({ query: q, claimants: body.claimants }))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  return q.length >= 2 ? found.claimants : [];
}

export function ClaimantField({ defaultValue = "", defaultKind = "", errors, labels }: { defaultValue?: string; defaultKind?: string; errors?: FieldErrors; labels: ClaimantFieldLabels }) {
  const id = `claimant-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [value, setValue] = useState(defaultValue);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [isNew, setNew] = useState(defaultKind !== "");
  const found = useClaimants(value);
  // Known: the name (or one of its aliases) is exactly what is typed, diacritics and case aside.
  const typed = fold(value);
  const known = found.find((c) => fold(c.name) === typed || fold(c.alias) === typed) ?? null;
  const messages = errors?.claimantName;
  const showList = isOpen && found.length > 0;
  const choose = (claimant: Found) => {
    setValue(claimant.name);
    setOpen(false);
    setNew(false);
  };
  return (
    <div className="field claimant-field">
      <label htmlFor={id}>{labels.label}</label>
      <input
        id={id}
        name="claimantName"
        value={value}
        autoComplete="off"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={messages?.length ? true : undefined}
        aria-describedby={[`${id}-hint`, messages?.length ? `${id}-error` : null].filter(Boolean).join(" ")}
        onChange={(e) => {
          setValue(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (!showList) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => (e.key === "ArrowDown" ? Math.min(found.length - 1, i + 1) : Math.max(0, i - 1)));
          } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            choose(found[active]!);
          } else if (e.key === "Escape") setOpen(false);
        }}
      />
      {showList && (
        <ul className="autocomplete" id={`${id}-list`} role="listbox" aria-label={labels.label} data-testid="claimant-options">
          {found.map((claimant, i) => (
            <li
              key={claimant.id}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(claimant);
              }}
            >
              {claimant.name}
              {fold(claimant.alias) !== fold(claimant.name) && <span className="muted"> ({claimant.alias})</span>} <span className="badge">{labels.kinds[claimant.kind] ?? claimant.kind}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="hint" id={`${id}-hint`}>
        {known ? `${labels.known} ${labels.kinds[known.kind] ?? known.kind}` : labels.hint}
      </span>
      {messages?.length ? (
        <p className="error" id={`${id}-error`}>
          {messages.join(" ")}
        </p>
      ) : null}
      {typed && !known && (
        <div className="claimant-new">
          <label className="check">
            <input type="checkbox" checked={isNew} onChange={(e) => setNew(e.target.checked)} /> {labels.addNew.replace("{name}", value.trim())}
          </label>
          {isNew && (
            <div className="field">
              <label htmlFor={`${id}-kind`}>{labels.newKind}</label>
              <select id={`${id}-kind`} name="claimantKind" defaultValue={defaultKind} required>
                <option value="" disabled>
                  {labels.chooseKind}
                </option>
                {Object.entries(labels.kinds).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
