"use client";
// The claim being worked on, beside the text: its quotes and evidence, and where A and E land without a search.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { addEvidenceAction, attachAppearanceAction } from "@/app/actions/claims";
import { ClaimPicker } from "@/app/components/claim-picker";
import { Field, SelectField, SubmitButton } from "@/app/components/form";
import type { FormState } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/vi";
import { useReader, type ReaderSelection } from "./reader-context";

export type PanelClaim = {
  id: string;
  text: string;
  state: string;
  kind: string;
  quotes: { id: string; exact: string; isHere: boolean; sourceTitle: string; end: number; createdAt: string }[];
  evidence: { id: string; stance: string; text: string }[];
};
type Labels = Dictionary["panel"] & { stances: Record<string, string>; states: Record<string, string>; kinds: Record<string, string>; linkSearchHint: string; similarNone: string; stance: string; chooseStance: string; note: string; addEvidence: string; saving: string };
type Option = { value: string; label: string };

function anchorData(sourceId: string, selection: ReaderSelection, claimId: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({ sourceId, start: String(selection.start), end: String(selection.end), exact: selection.exact, claimId, stay: "reader" })) data.set(name, value);
  return data;
}

function Quote({ selection, label }: { selection: ReaderSelection; label: string }) {
  return (
    <blockquote className="panel-quote" aria-label={label}>
      {selection.exact}
    </blockquote>
  );
}

function EvidenceForm({ claimId, selection, stances, labels, onDone }: { claimId: string; selection: ReaderSelection; stances: Option[]; labels: Labels; onDone: (message: string) => void }) {
  const reader = useReader()!;
  const [state, setState] = useState<FormState | null>(null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const send = async (data: FormData) => {
    for (const [name, value] of anchorData(reader.sourceId, selection, claimId)) data.set(name, value);
    data.set("kind", "source");
    const result = await addEvidenceAction(null, data);
    setState(result);
    if (result.ok) onDone(labels.evidenceAdded);
  };
  return (
    <form action={send} noValidate data-testid="panel-evidence-form">
      <Quote selection={selection} label={labels.selection} />
      {state && !state.ok && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
      <SelectField name="stance" label={labels.stance} options={stances} errors={errors} placeholder={labels.chooseStance} autoFocus />
      <Field name="note" label={labels.note} errors={errors} />
      <div className="row">
        <SubmitButton pendingLabel={labels.saving}>{labels.addEvidence}</SubmitButton>
        <button type="button" className="button secondary" onClick={reader.done}>
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}

export function ClaimPanel({ claim, stances, labels }: { claim: PanelClaim | null; stances: Option[]; labels: Labels }) {
  const reader = useReader()!;
  const { request } = reader;
  const searchParams = useSearchParams();
  const pathname = usePathname();
  // Just made from here (`?created=` names the claim in progress): the message says so, with the way to the claim.
  const justCreated = claim && searchParams.get("created") === claim.id ? claim : null;
  const [message, setMessage] = useState<{ text: string; isError: boolean; claim?: { id: string; text: string } } | null>(() =>
    justCreated ? { text: labels.claimCreated, isError: false, claim: { id: justCreated.id, text: justCreated.text } } : null,
  );
  const messageRef = useRef<HTMLParagraphElement>(null);
  const [picked, setPicked] = useState<{ id: string; text: string } | null>(null);
  const [, startTransition] = useTransition();
  const handled = useRef<number | null>(null);

  const attach = (claimId: string, selection: ReaderSelection, thenWorkOn: boolean) =>
    startTransition(async () => {
      const result = await attachAppearanceAction(null, anchorData(reader.sourceId, selection, claimId));
      setMessage({ text: result.ok ? labels.attached : result.message, isError: !result.ok });
      reader.done();
      if (result.ok && thenWorkOn) reader.setCurrentClaim(claimId);
    });

  // A with a claim in progress: the quote is added at once, no search and no page change.
  useEffect(() => {
    if (!request || request.mode !== "attach" || !request.selection || !claim || handled.current === request.at) return;
    handled.current = request.at;
    attach(claim.id, request.selection, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, claim]);

  // The keyboard starts on that message (not a field: the reader's keys stay keys), and the address loses its flag so
  // that a reload or a shared link does not say it again.
  useEffect(() => {
    if (!searchParams.has("created")) return;
    if (justCreated) messageRef.current?.focus({ preventScroll: true });
    const params = new URLSearchParams(searchParams.toString());
    params.delete("created");
    const query = params.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    // Only when the page opens with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new request starts afresh: no claim picked for it yet, and the last answer goes.
  const [seenRequest, setSeenRequest] = useState(request);
  if (seenRequest !== request) {
    setSeenRequest(request);
    setPicked(null);
    if (request) setMessage(null);
  }

  const finish = (text: string) => {
    setMessage({ text, isError: false });
    const chosen = picked;
    reader.done();
    if (chosen && chosen.id !== claim?.id) reader.setCurrentClaim(chosen.id);
  };

  let body: ReactNode = null;
  if (request?.mode === "choose" || (request && !claim && request.mode === "attach") || (request?.mode === "evidence" && !claim && !picked)) {
    const mode = request.mode;
    body = (
      <>
        {request.selection && <Quote selection={request.selection} label={labels.selection} />}
        <ClaimPicker id="panel-search" label={mode === "attach" ? labels.attachTo : mode === "evidence" ? labels.evidenceFor : labels.choose} hint={labels.linkSearchHint} empty={labels.similarNone} autoFocus>
          {(found) => (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                if (mode === "attach" && request.selection) return attach(found.id, request.selection, true);
                if (mode === "evidence") return setPicked({ id: found.id, text: found.text });
                reader.done();
                reader.setCurrentClaim(found.id);
              }}
            >
              {mode === "attach" ? labels.attachHere : labels.workOnThis}
            </button>
          )}
        </ClaimPicker>
        <button type="button" className="button secondary" onClick={reader.done}>
          {labels.cancel}
        </button>
      </>
    );
  } else if (request?.mode === "evidence" && request.selection) {
    const target = claim ?? picked!;
    body = (
      <>
        {!claim && <p>{target.text}</p>}
        <EvidenceForm key={request.at} claimId={target.id} selection={request.selection} stances={stances} labels={labels} onDone={finish} />
      </>
    );
  }

  return (
    <section className="card claim-panel" aria-labelledby="claim-panel-title" data-testid="claim-panel">
      <h2 id="claim-panel-title">{labels.title}</h2>
      {message && (
        <p ref={messageRef} tabIndex={-1} className={`notice ${message.isError ? "error" : "ok"}`} role={message.isError ? "alert" : "status"}>
          {message.text}
          {message.claim && (
            <>
              {" "}
              <Link href={`/desk/claims/${message.claim.id}`}>{message.claim.text}</Link>
            </>
          )}
        </p>
      )}
      {claim ? (
        <div className="panel-claim">
          <p data-testid="panel-claim-text">
            <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link> <span className="muted">
              · <span data-testid="panel-claim-kind">{labels.kinds[claim.kind] ?? claim.kind}</span> · {labels.states[claim.state] ?? claim.state}
            </span>
          </p>
          {!request && (
            <p className="row">
              <button type="button" className="button secondary" onClick={reader.choose}>
                {labels.change}
              </button>
              <button type="button" className="button secondary" onClick={() => reader.setCurrentClaim(null)}>
                {labels.clear}
              </button>
            </p>
          )}
        </div>
      ) : (
        !request && (
          <>
            <p className="empty">{labels.none}</p>
            <button type="button" className="button secondary" onClick={reader.choose}>
              {labels.choose}
            </button>
          </>
        )
      )}
      {body}
      {claim && (
        <>
          <h3>{labels.quotes}</h3>
          {claim.quotes.length === 0 ? (
            <p className="empty">{labels.noQuotes}</p>
          ) : (
            <ul className="panel-list" data-testid="panel-quotes">
              {claim.quotes.map((quote) => (
                <li key={quote.id}>
                  “{quote.exact}”{!quote.isHere && <span className="muted"> · {quote.sourceTitle}</span>}
                </li>
              ))}
            </ul>
          )}
          <h3>{labels.evidence}</h3>
          {claim.evidence.length === 0 ? (
            <p className="empty">{labels.noEvidence}</p>
          ) : (
            <ul className="panel-list" data-testid="panel-evidence">
              {claim.evidence.map((item) => (
                <li key={item.id}>
                  <span className="muted">{labels.stances[item.stance] ?? item.stance}:</span> {item.text}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
