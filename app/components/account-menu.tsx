"use client";
// The signed-in person's menu in the top bar (password, language, sign out; on a phone the reader's pages too): a
// disclosure that works without JavaScript, closed here by Escape (focus back on its button) or by a click or focus outside it.
import { useEffect, useRef, type ReactNode } from "react";

/**
 * `label` (the person's name and role) is the button's text and accessible name; on a phone, where a long name took
 * three lines of the bar, the button shows `initials` instead and the menu opens on the whole label.
 */
export function AccountMenu({ label, initials, children }: { label: string; initials: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const closeOutside = (event: Event) => {
      if (menu.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !menu.open) return;
      menu.open = false;
      menu.querySelector("summary")?.focus();
    };
    document.addEventListener("pointerdown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    menu.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("pointerdown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
      menu.removeEventListener("keydown", closeOnEscape);
    };
  }, []);
  return (
    <details className="account-menu" ref={ref}>
      <summary>
        {initials && (
          <span className="account-initials" aria-hidden="true">
            {initials}
          </span>
        )}
        <span className={initials ? "account-name" : undefined}>{label}</span>
      </summary>
      <div className="menu">
        {initials && <p className="account-who phone-only">{label}</p>}
        {children}
      </div>
    </details>
  );
}
