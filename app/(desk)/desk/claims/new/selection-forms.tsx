"use client";
// The three things a selection can become: a new claim (with duplicate suggestions), an appearance, evidence.
import Link from "next/link";
import { useActionState, useState } from "react";
import { createClaimAction, attachAppearanceAction, addEvidenceAction } from "@/app/actions/claims";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField, useFocusFirstError, useResultKey } from "@/app/components/form";
import { ClaimPicker, useSimilarClaims } from "@/app/components/claim-picker";
import { ClaimantField, type ClaimantFieldLabels } from "@/app/components/claimant-field";
import type { Dictionary } from "@/lib/i18n/vi";

type Labels = Dictionary["claims"];
type Anchor = { sourceId: string; start: string; end: string; exact: string };
type Option = { value: string; label: string };

function AnchorFields({ anchor }: { anchor: Anchor | null }) {
  if (!anchor) return null;
  return (
    <>
      {Object.entries(anchor).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

function AttachButton({ claimId, anchor, label }: { claimId: string; anchor: Anchor; label: string }) {
  const [state, action] = useActionState(attachAppearanceAction, null);
  return (
    <form action={action}>
      <AnchorFields anchor={anchor} />
      <input type="hidden" name="claimId" value={claimId} />
      <SubmitButton className="button secondary">{label}</SubmitButton>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

export function NewClaimForm({ anchor, initialText, initialMadeAt, kinds, labels, claimantLabels, stay }: { anchor: Anchor | null; initialText: string; initialMadeAt: string; kinds: Option[]; labels: Labels; claimantLabels: ClaimantFieldLabels; stay?: "reader" }) {
  const [state, action] = useActionState(createClaimAction, null);
  const formRef = useFocusFirstError(state);
  const values = state && !state.ok ? state.values : {};
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [text, setText] = useState(values.text ?? initialText);
  // Held here, outside the form: an uncontrolled select went back to "Khác" when the form was sent again after the duplicate check.
  const [kind, setKind] = useState(values.kind || "OTHER");
  const similar = useSimilarClaims(text);
  // Set when saving found close matches: the editor decides whether this is a new claim after all.
  const duplicates = state && !state.ok && state.duplicates && state.values.text === text ? state.duplicates : [];
  // React resets a form after its action; remounting it with the answer's values keeps the kind chosen.
  const answered = useResultKey(state);
  return (
    <div className="two-columns">
      <form action={action} ref={formRef} noValidate className="card" key={answered}>
        <FormMessage state={state} />
        <AnchorFields anchor={anchor} />
        {stay && <input type="hidden" name="stay" value={stay} />}
        <TextAreaField name="text" id="claim-text" label={labels.text} hint={labels.textHint} errors={errors} value={text} onChange={(e) => setText(e.target.value)} lang="vi" autoFocus />
        <Field name="gloss" label={labels.gloss} errors={errors} defaultValue={values.gloss} lang="en" />
        <ClaimantField defaultValue={values.claimantName} defaultKind={values.claimantKind} errors={errors} labels={claimantLabels} />
        <div className="row">
          <Field name="madeAt" label={labels.madeAt} errors={errors} defaultValue={values.madeAt ?? initialMadeAt} />
          <SelectField name="kind" label={labels.kind} options={kinds} errors={errors} value={kind} onChange={setKind} />
        </div>
        <Field name="tags" label={labels.tags} errors={errors} defaultValue={values.tags} />
        {errors?.exact && <p className="notice error">{errors.exact.join(" ")}</p>}
        {duplicates.length > 0 && (
          <div className="notice warn" data-testid="duplicate-check">
            <ul className="picked">
              {duplicates.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                </li>
              ))}
            </ul>
            <p>{anchor ? labels.duplicateAttachHint : labels.duplicateOpenHint}</p>
          </div>
        )}
        {duplicates.length > 0 ? (
          <button className="button" type="submit" name="confirmNew" value="yes">
            {labels.createAnyway}
          </button>
        ) : (
          <SubmitButton pendingLabel={labels.saving}>{labels.create}</SubmitButton>
        )}
      </form>
      <aside className="card" aria-live="polite">
        <h2>{labels.similar}</h2>
        {similar.length === 0 ? (
          <p className="empty">{labels.similarNone}</p>
        ) : (
          <ul className="picked">
            {similar.map((claim) => (
              <li key={claim.id} data-testid="similar-claim">
                <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                {anchor && <AttachButton claimId={claim.id} anchor={anchor} label={labels.attachHere} />}
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

export function AttachToClaim({ anchor, labels }: { anchor: Anchor; labels: Labels }) {
  return (
    <section className="card">
      <ClaimPicker id="attach-search" label={labels.chooseClaim} hint={labels.linkSearchHint} empty={labels.similarNone} autoFocus>
        {(claim) => <AttachButton claimId={claim.id} anchor={anchor} label={labels.attachHere} />}
      </ClaimPicker>
    </section>
  );
}

export function EvidenceFromSelection({ anchor, stances, labels }: { anchor: Anchor; stances: Option[]; labels: Labels }) {
  const [claimId, setClaimId] = useState<string | null>(null);
  const [chosenText, setChosenText] = useState("");
  const [state, action] = useActionState(addEvidenceAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <section className="card">
      {!claimId ? (
        <ClaimPicker id="evidence-search" label={labels.chooseClaim} hint={labels.linkSearchHint} empty={labels.similarNone} autoFocus>
          {(claim) => (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setClaimId(claim.id);
                setChosenText(claim.text);
              }}
            >
              {labels.chooseClaim}
            </button>
          )}
        </ClaimPicker>
      ) : (
        <form action={action} noValidate>
          <p>
            <strong>{chosenText}</strong>
          </p>
          <FormMessage state={state} />
          <AnchorFields anchor={anchor} />
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="kind" value="source" />
          <SelectField name="stance" label={labels.stance} options={stances} errors={errors} placeholder={labels.chooseStance} autoFocus />
          <Field name="note" label={labels.note} errors={errors} />
          <SubmitButton pendingLabel={labels.saving}>{labels.addEvidence}</SubmitButton>
        </form>
      )}
    </section>
  );
}
