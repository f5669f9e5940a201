"use server";
// Claims, appearances, evidence and links: thin edges over lib/claims data functions.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor, requestIp } from "@/lib/auth/session";
import type { FormState } from "@/lib/errors";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addAppearance } from "@/lib/claims/add-appearance";
import { addEvidence } from "@/lib/claims/add-evidence";
import { linkClaims } from "@/lib/claims/link-claims";
import { createClaimant, mergeClaimants } from "@/lib/claims/claimants";
import { suggestSimilarClaims, type SimilarClaim } from "@/lib/claims/suggest-similar";
import { getDictionary } from "@/lib/i18n/server";
import { conflictValues, localizedFormError } from "./localized-form-error";
import { ALL_ATTRIBUTE_FIELDS, attributesFromForm } from "@/lib/claims/attributes";
import { formArgument, isUuid } from "@/lib/validation";

type Values = Record<string, string>;
const read = (formData: FormData, names: readonly string[]): Values => Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? "")]));

const CLAIM_FIELDS = ["text", "gloss", "claimantName", "claimantKind", "madeAt", "kind", "tags"] as const;
const ANCHOR_FIELDS = ["sourceId", "start", "end", "exact"] as const;

function anchorFrom(values: Values) {
  return values.sourceId ? { sourceId: values.sourceId, start: values.start, end: values.end, exact: values.exact } : undefined;
}

/** The source to return to when a form was sent from the reader (`stay=reader`): only a well-formed id, never a path. */
function readerSource(formData: FormData, values: Values): string | null {
  return formData.get("stay") === "reader" && isUuid(values.sourceId) ? values.sourceId : null;
}

export type NewClaimState = FormState<Values> & { duplicates?: SimilarClaim[] };

export async function createClaimAction(_previous: NewClaimState | null, formData: FormData): Promise<NewClaimState> {
  formData = formArgument(formData);
  const values = read(formData, [...CLAIM_FIELDS, ...ANCHOR_FIELDS]);
  let id: string;
  try {
    const actor = await getActor();
    // Before saving, once more: does the desk already hold this claim? The editor confirms to create it anyway.
    if (formData.get("confirmNew") !== "yes" && (values.text ?? "").trim().length >= 5) {
      const duplicates = await suggestSimilarClaims(actor, values.text ?? "", { limit: 3 });
      if (duplicates.length) {
        const { t } = await getDictionary();
        return { ok: false, message: t.claims.duplicateCheck, fieldErrors: {}, values, duplicates };
      }
    }
    ({ id } = await createClaim(actor, { ...values, appearance: anchorFrom(values) }, { ip: await requestIp() }));
  } catch (error) {
    return localizedFormError(error, values);
  }
  // From the reader: back to the article, with the new claim as the one being worked on, and saying it was made.
  const source = readerSource(formData, values);
  redirect(source ? `/sources/${source}?claim=${id}&created=${id}` : `/desk/claims/${id}`);
}

export async function attachAppearanceAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = read(formData, ["claimId", ...ANCHOR_FIELDS]);
  try {
    await addAppearance(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  const source = readerSource(formData, values);
  if (source) {
    revalidatePath(`/sources/${source}`);
    return { ok: true, values: { claimId: values.claimId } };
  }
  redirect(`/desk/claims/${values.claimId}`);
}

export type ClaimFormState = FormState<Values> & { current?: Values };

/** The `attributes.<field>` inputs as typed (materiel is a set of checkboxes, kept comma-separated). */
function readAttributes(formData: FormData): Values {
  return Object.fromEntries(
    [...ALL_ATTRIBUTE_FIELDS, "provenance"].map((f) => [`attributes.${f}`, formData.getAll(`attributes.${f}`).map(String).filter(Boolean).join(",")]),
  );
}

export async function updateClaimAction(_previous: ClaimFormState | null, formData: FormData): Promise<ClaimFormState> {
  formData = formArgument(formData);
  const values = { ...read(formData, ["id", "version", ...CLAIM_FIELDS]), ...readAttributes(formData) };
  try {
    const saved = await updateClaim(await getActor(), { ...values, attributes: attributesFromForm(values.kind ?? "", values) }, { ip: await requestIp() });
    revalidatePath(`/desk/claims/${values.id}`);
    return { ok: true, values: { ...values, version: String(saved.version) } };
  } catch (error) {
    const result: ClaimFormState = await localizedFormError(error, values);
    result.current = conflictValues(error, ["version", ...CLAIM_FIELDS]);
    return result;
  }
}

const EVIDENCE_FIELDS = ["claimId", "kind", "stance", "note", "url", "title", "publisher", "publishedAt", "retrievedAt", ...ANCHOR_FIELDS] as const;

export async function addEvidenceAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = read(formData, EVIDENCE_FIELDS);
  const input = values.kind === "source" ? { kind: "source", claimId: values.claimId, stance: values.stance, note: values.note, anchor: anchorFrom(values) } : values;
  try {
    await addEvidence(await getActor(), input, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidatePath(`/desk/claims/${values.claimId}`);
  const source = readerSource(formData, values);
  if (source) {
    revalidatePath(`/sources/${source}`);
    return { ok: true, values: { claimId: values.claimId, kind: values.kind } };
  }
  if (values.kind === "source") redirect(`/desk/claims/${values.claimId}`);
  return { ok: true, values: { claimId: values.claimId, kind: values.kind } };
}

export async function linkClaimsAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = read(formData, ["fromClaimId", "toClaimId", "type", "note"]);
  try {
    await linkClaims(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidatePath(`/desk/claims/${values.fromClaimId}`);
  if (values.type === "DUPLICATE_OF") redirect(`/desk/claims/${values.toClaimId}`);
  return { ok: true, values: { fromClaimId: values.fromClaimId } };
}

export async function createClaimantAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = read(formData, ["name", "kind", "aliases"]);
  try {
    await createClaimant(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidatePath("/desk/claimants");
  return { ok: true };
}

export async function mergeClaimantsAction(_previous: FormState<Values> | null, formData: FormData): Promise<FormState<Values>> {
  formData = formArgument(formData);
  const values = read(formData, ["fromId", "intoId"]);
  try {
    await mergeClaimants(await getActor(), values, { ip: await requestIp() });
  } catch (error) {
    return localizedFormError(error, values);
  }
  revalidatePath("/desk/claimants");
  return { ok: true };
}
