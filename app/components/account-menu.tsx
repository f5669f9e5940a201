"use client";
// The signed-in person's menu in the top bar (password, language, sign out): a disclosure that works without
// JavaScript, closed here by Escape (focus back on its button) or by a click or focus outside it.
import { useEffect, useRef, type ReactNode } from "react";

export function AccountMenu({ label, children }: { label: ReactNode; children: ReactNode }) {
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
      <summary>{label}</summary>
      <div className="menu">{children}</div>
    </details>
  );
}
