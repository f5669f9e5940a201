"use client";
// A submit button that asks first: the first press shows the question with "confirm" and "cancel" beside it,
// focus moves to "confirm", Escape or "cancel" goes back. For actions that are hard to undo.
import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";

type Props = { label: string; question: string; confirmLabel: string; cancelLabel: string; className?: string; disabled?: boolean };

function ConfirmButton({ label }: { label: string }) {
  const { pending } = useFormStatus();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
    // The focus scrolls a partly hidden button no further; in a table that scrolls sideways on a phone, the question
    // and both answers would stay cut at its edge.
    ref.current?.closest(".confirm")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, []);
  return (
    <button ref={ref} type="submit" className="button danger" disabled={pending} aria-busy={pending}>
      {label}
    </button>
  );
}

export function ConfirmSubmit({ label, question, confirmLabel, cancelLabel, className = "button secondary", disabled }: Props) {
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={askRef} type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question} onKeyDown={(event) => event.key === "Escape" && setAsking(false)}>
      <span>{question}</span>
      <ConfirmButton label={confirmLabel} />
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </span>
  );
}
