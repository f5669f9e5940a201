// Input schemas for claims, appearances, evidence, links and claimants, shared by forms and server.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { publishedAtSchema } from "@/lib/sources/schemas";
import { isPublicWebAddress, isWebAddress, LOCAL_ADDRESS, WEB_ADDRESS, withoutCredentials } from "@/lib/http/web-address";
import { withLookAlikeHostInAscii } from "@/lib/http/readable-host";
import { attributesSchema, type ClaimAttributes } from "./attributes";
import { hasMixedScriptWord, MIXED_SCRIPT_NAME } from "./name-scripts";
import { boundMessage } from "@/lib/i18n/bounds";

const notLookAlike = (name: string | null | undefined) => !name || !hasMixedScriptWord(name);

export const CLAIM_KINDS = ["ARMS_TRANSFER", "DENIAL", "TREATY_TERM", "MEETING_OR_VISIT", "MILITARY_COOPERATION", "SANCTIONS", "TECHNOLOGY_TRANSFER", "OTHER"] as const;
export const LINK_TYPES = ["DENIES", "CONTRADICTS", "CORROBORATES", "REPEATS", "DUPLICATE_OF"] as const;
export const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"] as const;
export const CLAIMANT_KINDS = ["PERSON", "STATE_BODY", "OUTLET", "OTHER"] as const;

export const anchorInputSchema = z
  .object({
    sourceId: z.uuid({ error: "Unknown source." }),
    start: z.coerce.number().int().min(0),
    end: z.coerce.number().int().min(1),
    exact: z.string().min(1, "Select the words that state it.").max(2000, boundMessage("most", 2000, "characters")),
  })
  .refine((a) => a.end > a.start, { path: ["end"], message: "Select the words that state it." });

export const claimFieldsSchema = z.object({
  text: z.string({ error: "Write the claim." }).trim().min(5, "Write the claim in at least 5 characters.").max(2000, boundMessage("most", 2000, "characters")),
  gloss: optionalText(2000),
  claimantName: optionalText(200)
    .transform((name) => name && name.normalize("NFC"))
    .refine(notLookAlike, MIXED_SCRIPT_NAME),
  /** Only when the name is new to the desk: creating a claimant is an explicit choice, with its kind. */
  claimantKind: z.union([z.enum(CLAIMANT_KINDS, { error: "Choose what kind of claimant this is." }), z.literal("").transform(() => undefined)]).optional(),
  madeAt: publishedAtSchema,
  kind: z.enum(CLAIM_KINDS, { error: "Choose a kind." }),
  tags: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => (typeof v === "string" ? v.split(",") : (v ?? [])).map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(40, boundMessage("most", 40, "characters"))).max(20, boundMessage("most", 20, "tags"))),
  /** Checked against the chosen kind's schema (lib/claims/attributes.ts) once the kind is known. */
  attributes: z.unknown().optional(),
});

/** Validates `attributes` with the schema of the claim's kind; its errors carry the form's field names, such as `attributes.quantity`. */
function withAttributes<T extends z.ZodType<{ kind: string; attributes?: unknown }>>(schema: T) {
  return schema.transform((value, ctx) => {
    const parsed = attributesSchema(value.kind).safeParse(value.attributes);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: ["attributes", ...issue.path.slice(0, 1)] });
      return z.NEVER;
    }
    return { ...value, attributes: parsed.data as ClaimAttributes };
  });
}

export const createClaimSchema = withAttributes(claimFieldsSchema.extend({ appearance: anchorInputSchema.optional() }));
export const updateClaimSchema = withAttributes(claimFieldsSchema.extend({ id: z.uuid({ error: "Unknown claim." }), version: z.coerce.number().int().min(1) }));

export const addAppearanceSchema = anchorInputSchema.safeExtend({ claimId: z.uuid({ error: "Unknown claim." }) });

const stance = z.enum(STANCES, { error: "Choose a stance." });
export const addEvidenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("source"), claimId: z.uuid({ error: "Unknown claim." }), stance, note: optionalText(4000), anchor: anchorInputSchema }),
  z.object({
    kind: z.literal("external"),
    claimId: z.uuid({ error: "Unknown claim." }),
    stance,
    note: optionalText(4000),
    url: z
      .string()
      .trim()
      .max(2000)
      .refine(isWebAddress, WEB_ADDRESS)
      // Published as the reference's link: never an address of the newsroom's own network.
      .refine((v) => !isWebAddress(v) || isPublicWebAddress(v), LOCAL_ADDRESS)
      // a look-alike host in its ASCII form, as an import stores a capture's (lib/http/readable-host.ts)
      .transform((v) => withLookAlikeHostInAscii(withoutCredentials(v))),
    title: z.string().trim().min(1, "Give the reference a title.").max(500, boundMessage("most", 500, "characters")),
    publisher: optionalText(200),
    publishedAt: publishedAtSchema,
    retrievedAt: z.iso.date({ error: "Use a date like 2023-09-18." }).optional().or(z.literal("").transform(() => undefined)),
  }),
]);

export const linkClaimsSchema = z
  .object({
    fromClaimId: z.uuid({ error: "Unknown claim." }),
    toClaimId: z.uuid({ error: "Choose the claim to link to." }),
    type: z.enum(LINK_TYPES, { error: "Choose a link type." }),
    note: optionalText(1000),
  })
  .refine((l) => l.fromClaimId !== l.toClaimId, { path: ["toClaimId"], message: "A claim cannot be linked to itself." });

/** What an editor has typed so far, compared with existing claims (parseInput refuses what no claim can hold, such as NUL). */
export const similarQuerySchema = z.object({ q: z.string() });

/**
 * Claimant names are kept composed (NFC): a name typed with combining marks (Vietnamese "Unicode tổ hợp", a copy from
 * macOS) was stored and published as typed, and the public search's claimant filter, typed composed, never found it.
 */
export const claimantSchema = z.object({
  name: z.string().trim().transform((name) => name.normalize("NFC")).pipe(z.string().min(2, "Write the claimant's name.").max(200, boundMessage("most", 200, "characters")).refine(notLookAlike, MIXED_SCRIPT_NAME)),
  kind: z.enum(CLAIMANT_KINDS, { error: "Choose what kind of claimant this is." }).default("PERSON"),
  aliases: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => (typeof v === "string" ? v.split(",") : (v ?? [])).map((a) => a.trim().normalize("NFC")).filter(Boolean))
    .pipe(z.array(z.string().max(200).refine(notLookAlike, MIXED_SCRIPT_NAME)).max(50)),
});
