"use client";
// Keeps the keyboard's place when an action redraws what had the focus (a form reset after its answer, a panel that
// changes with the claim's state, the importer's next step): the focus goes to what the nearest part still on the
// page says, instead of falling back to the top of the document.
import { useEffect } from "react";

/** What to focus inside the nearest part that stayed: what went wrong, what was done, then the part's heading. */
const TARGETS = ['[role="alert"]', '[role="status"]', "h1, h2, h3"];
/**
 * Then, inside a small part (a form, a disclosure), its first field, where the next entry starts, or its first
 * control. Not in a whole page: a field focused there would take the reader's keys (J, C, A…) as typing.
 */
const FIELDS = 'input:not([type="hidden"]), select, textarea';
const CONTROLS = "button, summary, a[href]";

/** Long enough for a redrawn component's own effects to run first; short enough not to be noticed. */
const RESTORE_AFTER_MS = 50;

function shown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && !element.closest('[hidden], [aria-hidden="true"], .visually-hidden') && !(element as HTMLElement & { disabled?: boolean }).disabled && Boolean(element.textContent?.trim() || element.matches(FIELDS));
}

/** The element to take the focus an element lost with its removal, given its ancestors when focused (nearest first). */
export function focusTargetAfterLoss(ancestors: readonly HTMLElement[]): HTMLElement | null {
  const part = ancestors.find((element) => element.isConnected);
  if (!part) return null;
  const isPage = part.matches("main, body");
  for (const selector of isPage ? TARGETS : [...TARGETS, FIELDS, CONTROLS]) {
    const found = [...part.querySelectorAll<HTMLElement>(selector)].find(shown);
    if (found) return found;
  }
  return null;
}

export function FocusKeeper() {
  useEffect(() => {
    let focused: HTMLElement | null = null;
    let ancestors: HTMLElement[] = [];
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      focused = event.target;
      ancestors = [];
      for (let up = focused.parentElement; up && up !== document.body; up = up.parentElement) ancestors.push(up);
    };
    const isLost = () => {
      const active = document.activeElement;
      return Boolean(focused && !focused.isConnected) && (!active || active === document.body || active === document.documentElement);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restore = () => {
      timer = undefined;
      if (!isLost()) return;
      const target = focusTargetAfterLoss(ancestors);
      focused = null;
      if (!target) return;
      if (!target.matches(`${FIELDS}, ${CONTROLS}, [tabindex]`)) target.tabIndex = -1;
      // Scrolled to only when out of sight: the page otherwise stays where the reader was.
      target.focus({ preventScroll: true });
      const box = target.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) target.scrollIntoView({ block: "nearest" });
    };
    // A moment later, not at once: a component that places the focus itself once it has redrawn (the reader's
    // margin, an error's first field) does so in its effects, and keeps its choice.
    const observer = new MutationObserver(() => {
      if (isLost() && timer === undefined) timer = setTimeout(restore, RESTORE_AFTER_MS);
    });
    document.addEventListener("focusin", onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  return null;
}
