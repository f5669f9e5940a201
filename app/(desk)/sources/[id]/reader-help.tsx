"use client";
// The reader's keys, on one line under the title and in full behind `?`.
import { useEffect, useState } from "react";

type Labels = { helpLine: string; helpTitle: string; close: string; keys: string[][] };

export function ReaderHelp({ labels }: { labels: Labels }) {
  const [isOpen, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
      if (event.key === "?") {
        event.preventDefault();
        setOpen((open) => !open);
      } else if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <p className="hint reader-help-line">
        {labels.helpLine}{" "}
        <button type="button" className="link-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
          ?
        </button>
      </p>
      {isOpen && (
        <div className="reader-help" role="dialog" aria-modal="false" aria-labelledby="reader-help-title" data-testid="reader-help">
          <h2 id="reader-help-title">{labels.helpTitle}</h2>
          <dl>
            {labels.keys.map(([keys, what]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button secondary" onClick={() => setOpen(false)} autoFocus>
            {labels.close}
          </button>
        </div>
      )}
    </>
  );
}
