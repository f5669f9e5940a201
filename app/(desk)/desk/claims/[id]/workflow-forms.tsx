"use client";
// The workflow panel's forms: start research, propose (a verdict, a correction, a withdrawal), review.
import { useActionState, useState } from "react";
import { Markdown } from "@/app/components/markdown";
import { WordDiff } from "@/app/components/revision-diff";
import { proposeAction, reviewAction, startResearchAction, withdrawProposalAction } from "@/app/actions/workflow";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField, useFocusFirstError, useResultKey } from "@/app/components/form";
import type { FormState } from "@/lib/errors";
import { format } from "@/lib/i18n/locale";
import type { Dictionary } from "@/lib/i18n/vi";
import { announcing, useWorkflowNews } from "./workflow-news";

type Labels = Dictionary["workflow"];
type Option = { value: string; label: string };
type State = FormState<Record<string, string>> | null;

export function StartResearchForm({ claimId, labels }: { claimId: string; labels: Labels }) {
  const announce = useWorkflowNews();
  const [state, action] = useActionState<State, FormData>(announcing(startResearchAction, announce, () => labels.researchStarted), null);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <p className="hint">{labels.startResearchHint}</p>
      <input type="hidden" name="claimId" value={claimId} />
      <SubmitButton>{labels.startResearch}</SubmitButton>
    </form>
  );
}

export type ProposalDefaults = { verdict?: string; summary?: string; rationale?: string; evidenceIds?: string[]; shortText?: string };
/** What ClaimReview will say of the claim: its wording cut for search engines, and whether any quote's source has a web address. */
export type MarkupCheck = { max: number; cut: string | null; hasAppearanceUrl: boolean };
/**
 * What the public sees now: a correction or withdrawal starts from it and shows its diff against it. `rationale` is the
 * editor's text, which the diff compares with the text typed now; `publishedRationale` is that text as the public page
 * publishes it (lib/public/published-text.ts: a look-alike host in its ASCII form, a link into the newsroom's own
 * network without its address), the one shown for reading and copying.
 */
export type PublishedVersion = { verdict: string | null; summary: string; rationale: string; publishedRationale: string };

/** The published rationale as raw Markdown, readonly, with a copy button. */
function PublishedMarkdown({ markdown, id, labels }: { markdown: string; id: string; labels: Labels }) {
  const [copied, setCopied] = useState(false);
  return (
    <details className="published-markdown" data-testid="published-markdown">
      <summary>{labels.publishedMarkdown}</summary>
      <textarea id={id} readOnly value={markdown} rows={6} aria-label={labels.publishedMarkdown} />
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard?.writeText(markdown).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? labels.copied : labels.copy}
      </button>
    </details>
  );
}

export function ProposalForm({
  claimId,
  kind,
  verdicts,
  evidence,
  defaults,
  published,
  markup,
  labels,
}: {
  claimId: string;
  kind: "VERDICT" | "CORRECTION" | "WITHDRAWAL";
  verdicts: Option[];
  evidence: { id: string; label: string; stance: string }[];
  defaults: ProposalDefaults;
  published?: PublishedVersion;
  markup?: MarkupCheck;
  labels: Labels;
}) {
  const announce = useWorkflowNews();
  const [state, action] = useActionState<State, FormData>(announcing(proposeAction, announce, () => labels.proposed), null);
  const formRef = useFocusFirstError(state);
  const typed = state && !state.ok ? state.values : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const chosen = new Set(typed ? (typed.evidenceIds ?? "").split(",") : (defaults.evidenceIds ?? []));
  const prefix = `proposal-${kind.toLowerCase()}`;
  const key = useResultKey(state);
  const initial = {
    verdict: typed?.verdict ?? defaults.verdict ?? "",
    summary: typed?.summary ?? defaults.summary ?? "",
    rationale: typed?.rationale ?? defaults.rationale ?? "",
    ticked: evidence.filter((e) => chosen.has(e.id)).length,
  };
  // What the form holds now, read on every change: drives the preview, the citation count and the live diff.
  const [current, setCurrent] = useState(initial);
  const [previewing, setPreviewing] = useState(false);
  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    setCurrent({
      verdict: String(data.get("verdict") ?? ""),
      summary: String(data.get("summary") ?? ""),
      rationale: String(data.get("rationale") ?? ""),
      ticked: data.getAll("evidenceIds").length,
    });
  };
  const verdictName = (v: string | null) => verdicts.find((o) => o.value === v)?.label ?? "—";
  const diffs = published
    ? [
        { label: labels.verdict, before: verdictName(published.verdict), after: kind === "WITHDRAWAL" ? verdictName(published.verdict) : verdictName(current.verdict) },
        { label: labels.summary, before: published.summary, after: current.summary },
        { label: labels.rationale, before: published.rationale, after: current.rationale },
      ].filter((d) => d.before !== d.after)
    : [];
  return (
    <form action={action} ref={formRef} noValidate data-testid={prefix} key={key} onChange={(e) => read(e.currentTarget)} onInput={(e) => read(e.currentTarget)}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="kind" value={kind} />
      {kind !== "WITHDRAWAL" && (
        <SelectField id={`${prefix}-verdict`} name="verdict" label={labels.verdict} options={[{ value: "", label: labels.chooseVerdict }, ...verdicts]} errors={errors} defaultValue={initial.verdict} />
      )}
      {kind !== "VERDICT" && <TextAreaField id={`${prefix}-reason`} name="reason" label={labels.reason} errors={errors} defaultValue={typed?.reason} rows={2} />}
      <Field id={`${prefix}-summary`} name="summary" label={labels.summary} hint={labels.summaryHint} errors={errors} defaultValue={initial.summary} maxLength={300} />
      {markup?.cut && kind !== "WITHDRAWAL" && (
        <Field
          id={`${prefix}-short-text`}
          name="shortText"
          label={labels.shortText}
          hint={format(labels.shortTextHint, { max: markup.max, cut: markup.cut })}
          errors={errors}
          defaultValue={typed?.shortText ?? defaults.shortText ?? ""}
        />
      )}
      {markup && !markup.hasAppearanceUrl && kind !== "WITHDRAWAL" && (
        <p className="notice" data-testid={`${prefix}-no-url`}>
          {labels.noAppearanceUrl}
        </p>
      )}
      <div className="write-preview">
        <button type="button" aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
          {labels.write}
        </button>
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(true)} data-testid={`${prefix}-preview-toggle`}>
          {labels.preview}
        </button>
      </div>
      {/* Hidden, not unmounted, while previewing: the text stays in the form. */}
      <div hidden={previewing}>
        <TextAreaField id={`${prefix}-rationale`} name="rationale" label={labels.rationale} hint={`${labels.rationaleHint} ${labels.citationHint}`} errors={errors} defaultValue={initial.rationale} rows={8} />
      </div>
      {previewing && (
        <div className="preview" data-testid={`${prefix}-preview`}>
          <Markdown citations={current.ticked}>{current.rationale}</Markdown>
        </div>
      )}
      {published && <PublishedMarkdown markdown={published.publishedRationale} id={`${prefix}-published`} labels={labels} />}
      {kind !== "WITHDRAWAL" && (
        <fieldset className="field" aria-describedby={`${prefix}-evidence-hint${errors?.evidenceIds ? ` ${prefix}-evidence-error` : ""}`}>
          <legend>{labels.evidence}</legend>
          <span className="hint" id={`${prefix}-evidence-hint`}>
            {evidence.length ? labels.evidenceHint : labels.noEvidence}
          </span>
          {evidence.map((item) => (
            <label key={item.id} className="check">
              <input type="checkbox" name="evidenceIds" value={item.id} defaultChecked={chosen.has(item.id)} aria-invalid={errors?.evidenceIds ? true : undefined} />
              <span className="badge">{item.stance}</span> {item.label}
            </label>
          ))}
          {errors?.evidenceIds && (
            <p className="error" id={`${prefix}-evidence-error`}>
              {errors.evidenceIds.join(" ")}
            </p>
          )}
        </fieldset>
      )}
      {published && (
        <div className="live-diff" data-testid={`${prefix}-diff`} aria-live="polite">
          <h4>{labels.liveDiff}</h4>
          {diffs.length === 0 ? (
            <p className="muted">—</p>
          ) : (
            <dl className="revision-diff">
              {diffs.map((d) => (
                <div key={d.label}>
                  <dt>{d.label}</dt>
                  <dd>
                    <WordDiff before={d.before} after={d.after} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
      <SubmitButton pendingLabel={labels.submitting}>{labels.submit}</SubmitButton>
    </form>
  );
}

export function ReviewForm({ proposalId, labels }: { proposalId: string; labels: Labels }) {
  const announce = useWorkflowNews();
  const said = (data: FormData) => labels.reviewedAs[data.get("decision") as keyof Labels["reviewedAs"]] ?? labels.reviewed;
  const [state, action] = useActionState<State, FormData>(announcing(reviewAction, announce, said), null);
  const formRef = useFocusFirstError(state);
  const typed = state && !state.ok ? state.values : null;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const decisions = (["APPROVE", "REQUEST_CHANGES", "REJECT"] as const).map((value) => ({ value, label: labels.decisions[value] }));
  const key = useResultKey(state);
  return (
    <form action={action} ref={formRef} noValidate data-testid="review-form" key={key}>
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset className="field">
        <legend>{labels.decision}</legend>
        {decisions.map((d) => (
          <label key={d.value} className="check">
            <input type="radio" name="decision" value={d.value} defaultChecked={typed?.decision === d.value} /> {d.label}
          </label>
        ))}
      </fieldset>
      <TextAreaField id="review-note" name="note" label={labels.note} errors={errors} defaultValue={typed?.note} rows={3} />
      <SubmitButton pendingLabel={labels.reviewing}>{labels.review}</SubmitButton>
    </form>
  );
}

/** Takes the open proposal back, so the claim it froze can be edited again. */
export function WithdrawProposalForm({ proposalId, labels }: { proposalId: string; labels: Labels }) {
  const announce = useWorkflowNews();
  const [state, action] = useActionState<State, FormData>(announcing(withdrawProposalAction, announce, () => labels.withdrawn), null);
  return (
    <form action={action} data-testid="withdraw-proposal">
      <FormMessage state={state} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <SubmitButton pendingLabel={labels.withdrawing}>{labels.withdraw}</SubmitButton>
    </form>
  );
}
