// The filter bar of the list pages: a GET form (works without JavaScript), its fields, a submit button and,
// when filters are set, a link that clears them.
import Link from "next/link";
import type { ReactNode } from "react";

export function FilterForm({ submit, action, clear, children }: { submit: string; action?: string; clear?: { href: string; label: string } | null; children: ReactNode }) {
  return (
    <form className="card row" method="get" action={action} role="search">
      {children}
      <div className="field">
        <button className="button" type="submit">
          {submit}
        </button>
      </div>
      {clear && (
        <div className="field">
          <Link href={clear.href}>{clear.label}</Link>
        </div>
      )}
    </form>
  );
}

/** The free-text field most filter bars start with. */
export function QueryField({ label, defaultValue, hint, maxLength }: { label: string; defaultValue?: string; hint?: string; maxLength?: number }) {
  return (
    <div className="field grow">
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" defaultValue={defaultValue} aria-describedby={hint ? "q-hint" : undefined} maxLength={maxLength} />
      {hint && (
        <span className="hint" id="q-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
