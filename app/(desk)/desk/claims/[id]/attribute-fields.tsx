"use client";
// The claim form's attribute fields for its kind, with the claim's quotes beside them: words selected in a quote
// (mouse, or Shift + arrows in the read-only quote) fill a field through its "Fill from selection" button, and the
// field remembers where its value came from (sent as `attributes.provenance`, anchored in the quote's source).
import { useRef, useState } from "react";
import { Field } from "@/app/components/form";
import type { Dictionary } from "@/lib/i18n/vi";
import type { FieldErrors } from "@/lib/errors";
import { ATTRIBUTE_FIELDS, MATERIEL, hasAttributes, type AttributeProvenance } from "@/lib/claims/attributes";
import { materielFromSelection, provenanceOf, valueFromSelection, type QuoteForSelection } from "@/lib/claims/attribute-selection";

type Labels = Dictionary["ledger"];
type Selection = { quote: QuoteForSelection; from: number; to: number; text: string };

function readProvenance(json: string | undefined): Record<string, AttributeProvenance> {
  try {
    const parsed: unknown = JSON.parse(json || "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, AttributeProvenance>) : {};
  } catch {
    return {};
  }
}

/** The claim's quotes as text areas that keep their words: their selection (by mouse or keyboard) is what fills a field. */
function Quotes({ quotes, labels, onSelect }: { quotes: QuoteForSelection[]; labels: Labels; onSelect: (s: Selection | null) => void }) {
  const read = (quote: QuoteForSelection, area: HTMLTextAreaElement) => {
    const from = area.selectionStart;
    const to = area.selectionEnd;
    if (to > from) onSelect({ quote, from, to, text: quote.exact.slice(from, to) });
  };
  return (
    <div className="attribute-quotes" data-testid="attribute-quotes">
      <p className="hint" id="attribute-quotes-hint">
        {labels.quotesForFieldsHint}
      </p>
      {quotes.map((quote, i) => (
        <label key={quote.id} className="field">
          <span>{labels.quoteNumber.replace("{n}", String(i + 1))}</span>
          {/* Not readOnly: Chromium moves no caret in a read-only text area, so Shift + arrows could not select. The
              value is controlled and every edit is dropped; assistive technology hears it as read-only. */}
          <textarea
            aria-readonly="true"
            onChange={() => {}}
            lang="vi"
            rows={Math.min(6, Math.ceil(quote.exact.length / 60))}
            value={quote.exact}
            aria-describedby="attribute-quotes-hint"
            data-testid="attribute-quote"
            onSelect={(e) => read(quote, e.currentTarget)}
            onKeyUp={(e) => read(quote, e.currentTarget)}
            onMouseUp={(e) => read(quote, e.currentTarget)}
          />
        </label>
      ))}
    </div>
  );
}

/** Where a field's value was taken from; after an edit of the source's text took those words away, says so. */
function Origin({ field, from, labels }: { field: string; from: AttributeProvenance; labels: Labels }) {
  return (
    <p className={from.orphaned ? "hint provenance orphaned" : "hint provenance"} data-testid={`provenance-${field}`} data-orphaned={from.orphaned ? "true" : undefined}>
      {from.orphaned ? labels.filledFromGone : labels.filledFrom} <q lang="vi">{from.exact}</q>
    </p>
  );
}

/** The attribute fields of a kind, named `attributes.<field>` so their errors land beside them. */
export function AttributeFields({ kind, values, errors, labels, quotes }: { kind: string; values: Record<string, string>; errors?: FieldErrors; labels: Labels; quotes: QuoteForSelection[] }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [provenance, setProvenance] = useState<Record<string, AttributeProvenance>>(() => readProvenance(values["attributes.provenance"]));
  const [notice, setNotice] = useState<{ field: string; text: string } | null>(null);
  const box = useRef<HTMLFieldSetElement>(null);
  if (!hasAttributes(kind)) return null;
  const fields = ATTRIBUTE_FIELDS[kind] as readonly string[];
  const chosen = new Set((values["attributes.materiel"] ?? "").split(",").map((m) => m.trim()));
  const kept = Object.fromEntries(Object.entries(provenance).filter(([field]) => fields.includes(field)));

  const fillMateriel = () => {
    if (!selection) {
      setNotice({ field: "materiel", text: labels.selectFirst });
      return;
    }
    const found = materielFromSelection(selection.text);
    if (!found.length) {
      setNotice({ field: "materiel", text: labels.noMaterielInSelection });
      return;
    }
    const boxes = found.flatMap((m) => [...(box.current?.querySelectorAll<HTMLInputElement>(`input[name="attributes.materiel"][value="${m}"]`) ?? [])]);
    for (const b of boxes) b.checked = true;
    setNotice(null);
    setProvenance((p) => ({ ...p, materiel: provenanceOf(selection.quote, selection.from, selection.to) }));
    boxes[0]?.focus();
  };
  const fill = (field: string) => {
    if (field === "materiel") return fillMateriel();
    const input = box.current?.querySelector<HTMLInputElement>(`#edit-${field}`);
    if (!input) return;
    if (!selection) {
      setNotice({ field, text: labels.selectFirst });
      return;
    }
    const value = valueFromSelection(field, selection.text, input.value);
    if (value === null) {
      setNotice({ field, text: labels.noDateInSelection });
      return;
    }
    input.value = value;
    setNotice(null);
    setProvenance((p) => ({ ...p, [field]: provenanceOf(selection.quote, selection.from, selection.to) }));
    input.focus();
  };
  // Typing in a field (or ticking a box) replaces what came from the quote: it no longer claims that origin.
  const typed = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement) || !target.name.startsWith("attributes.")) return;
    const field = target.name.slice("attributes.".length);
    if (provenance[field]) setProvenance(({ [field]: _dropped, ...rest }) => rest);
  };

  return (
    <fieldset className="attributes" ref={box} onInput={(e) => typed(e.target)}>
      <legend>{labels.attributesTitle}</legend>
      <p className="hint">{labels.attributesHint}</p>
      {kind === "DENIAL" && <p className="hint">{labels.denialNeedsLink}</p>}
      {quotes.length > 0 && <Quotes quotes={quotes} labels={labels} onSelect={setSelection} />}
      {quotes.length > 0 && (
        <p className="hint" role="status" data-testid="attribute-selection">
          {selection ? (
            <>
              {labels.selected} «{selection.text}»
            </>
          ) : null}
        </p>
      )}
      <input type="hidden" name="attributes.provenance" value={Object.keys(kept).length ? JSON.stringify(kept) : ""} />
      {fields.map((field) => {
        const name = `attributes.${field}`;
        const label = labels.fields[field as keyof Labels["fields"]];
        const from = kept[field];
        const origin = from ? <Origin field={field} from={from} labels={labels} /> : null;
        const fillButton =
          quotes.length > 0 ? (
            <button type="button" className="button secondary small" onClick={() => fill(field)} aria-label={`${labels.fromSelection}: ${label}`} data-testid={`fill-${field}`}>
              {labels.fromSelection}
            </button>
          ) : null;
        const said =
          notice?.field === field ? (
            <p className="hint" role="status">
              {notice.text}
            </p>
          ) : null;
        if (field === "materiel") {
          const messages = errors?.[name];
          return (
            <fieldset key={field} aria-describedby={messages?.length ? `${name}-error` : undefined} data-testid="attribute-materiel">
              <legend>{labels.fields.materiel}</legend>
              {MATERIEL.map((m) => (
                <label key={m} className="check">
                  <input type="checkbox" name={name} value={m} defaultChecked={chosen.has(m)} /> {labels.materiel[m]}
                </label>
              ))}
              {messages?.length ? (
                <p className="error" id={`${name}-error`}>
                  {messages.join(" ")}
                </p>
              ) : null}
              {fillButton}
              {said}
              {origin}
            </fieldset>
          );
        }
        return (
          <div key={field} className="attribute-field" data-testid={`attribute-${field}`}>
            <Field name={name} id={`edit-${field}`} label={label} errors={errors} defaultValue={values[name] ?? ""} />
            {fillButton}
            {said}
            {origin}
          </div>
        );
      })}
    </fieldset>
  );
}
