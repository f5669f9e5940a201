// A claim's structured attributes, per kind: who supplies what to whom, who denies, what a treaty obliges, who met
// whom, who sanctions whom. All optional; one schema shared by the claim form and the server.
import { z } from "zod";
import { boundMessage } from "@/lib/i18n/bounds";

/** The controlled list of materiel; extend it here (labels live in lib/i18n under claims.materiel). */
export const MATERIEL = [
  "ARTILLERY_SHELLS",
  "ROCKETS",
  "BALLISTIC_MISSILES",
  "CRUISE_MISSILES",
  "DRONES",
  "SMALL_ARMS",
  "AMMUNITION",
  "ARMOURED_VEHICLES",
  "AIR_DEFENCE",
  "AIRCRAFT",
  "SHIPS",
  "SATELLITE_TECHNOLOGY",
  "MISSILE_TECHNOLOGY",
  "NUCLEAR_TECHNOLOGY",
  "TROOPS",
  "OTHER",
] as const;
export type Materiel = (typeof MATERIEL)[number];

/** Kinds that carry attributes, and the form field names of each (inputs are named `attributes.<field>`). */
export const ATTRIBUTE_FIELDS = {
  ARMS_TRANSFER: ["supplier", "recipient", "materiel", "quantity", "periodFrom", "periodTo", "route"],
  TECHNOLOGY_TRANSFER: ["supplier", "recipient", "materiel", "quantity", "periodFrom", "periodTo", "route"],
  DENIAL: ["deniedBy"],
  TREATY_TERM: ["treaty", "article", "obligation", "parties", "signedAt", "ratifiedAt", "inForceAt"],
  MEETING_OR_VISIT: ["who", "where", "when"],
  SANCTIONS: ["imposedBy", "target", "measures"],
} as const;
export type AttributeKind = keyof typeof ATTRIBUTE_FIELDS;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[AttributeKind][number];
export const ALL_ATTRIBUTE_FIELDS = [...new Set(Object.values(ATTRIBUTE_FIELDS).flat())] as AttributeField[];
/** Fields holding several names, written comma-separated in the form. */
export const LIST_FIELDS: readonly AttributeField[] = ["supplier", "recipient", "materiel", "parties", "who"];

export function hasAttributes(kind: string): kind is AttributeKind {
  return Object.hasOwn(ATTRIBUTE_FIELDS, kind);
}

// Kept composed (NFC): a name typed or pasted with combining marks looks the same but is another string, which the
// ledger's filters, typed composed, did not find.
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, boundMessage("most", max, "characters"))
    .optional()
    .transform((v) => v?.normalize("NFC") || undefined);

const names = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (typeof v === "string" ? v.split(",") : (v ?? [])).map((t) => t.trim().normalize("NFC")).filter(Boolean))
  .pipe(z.array(z.string().max(120, boundMessage("most", 120, "characters"))).max(20, boundMessage("most", 20, "names")))
  .transform((v) => (v.length ? v : undefined));

/** A date as precise as known: a year, a month or a day. */
export const partialDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || (/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v) && !Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v))), {
    message: "Use a year, a month or a day: 2023, 2023-09 or 2023-09-13.",
  });

const materiel = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (typeof v === "string" ? v.split(",") : (v ?? [])).map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.enum(MATERIEL, { error: "Choose materiel from the list." })).max(20))
  .transform((v) => (v.length ? [...new Set(v)] : undefined));

export type Quantity = { text: string; min?: number; max?: number; approximate?: boolean };

const WORD_NUMBERS: Record<string, number> = {
  hundreds: 100, thousands: 1000, millions: 1_000_000, "hàng trăm": 100, "hàng nghìn": 1000, "hàng ngàn": 1000, "hàng triệu": 1_000_000,
};
const SCALES: Record<string, number> = { thousand: 1000, nghìn: 1000, ngàn: 1000, million: 1_000_000, triệu: 1_000_000, billion: 1_000_000_000, tỷ: 1_000_000_000 };
const APPROXIMATE = /\b(about|around|approximately|roughly|some|over|more than|up to|nearly|almost|at least)\b|khoảng|gần|hơn|ít nhất|chừng|~/i;

function number(s: string): number {
  // "1,000,000" and "1.000.000" are thousands separators; "1.5" is a decimal.
  const cleaned = /^\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, "") : s.replace(",", ".");
  return Number(cleaned);
}

/**
 * A quantity as stated, kept with its precision: "5,000" → exactly 5000; "1,000-2,000" → a range; "about 1 million"
 * → approximate; "millions" → at least a million, approximate. Words it cannot read keep only their text.
 */
export function parseQuantity(input: string): Quantity {
  const text = input.trim();
  const lower = text.toLowerCase();
  const approximate = APPROXIMATE.test(lower) || undefined;
  for (const [word, value] of Object.entries(WORD_NUMBERS)) {
    if (lower.includes(word)) return { text, min: value, approximate: true };
  }
  const scaled = (m: RegExpMatchArray | null, at: number) => (m?.[at] ? number(m[at]) * (SCALES[m[at + 1]?.toLowerCase() ?? ""] ?? 1) : NaN);
  const range = lower.match(/(\d[\d.,]*)\s*(thousand|million|billion|nghìn|ngàn|triệu|tỷ)?\s*(?:-|–|to|đến|tới)\s*(\d[\d.,]*)\s*(thousand|million|billion|nghìn|ngàn|triệu|tỷ)?/);
  if (range) {
    const max = scaled(range, 3);
    const min = number(range[1] ?? "") * (SCALES[range[2] ?? ""] ?? SCALES[range[4] ?? ""] ?? 1);
    if (Number.isFinite(min) && Number.isFinite(max) && min <= max) return { text, min, max, ...(approximate ? { approximate } : {}) };
  }
  const single = lower.match(/(\d[\d.,]*)\s*(thousand|million|billion|nghìn|ngàn|triệu|tỷ)?/);
  if (single) {
    const value = scaled(single, 1);
    if (Number.isFinite(value)) return approximate ? { text, min: value, max: value, approximate } : { text, min: value, max: value };
  }
  return { text };
}

const quantity = z
  .union([z.string(), z.object({ text: z.string() })])
  .optional()
  .transform((v) => (typeof v === "string" ? v : v?.text)?.trim() || undefined)
  .pipe(z.string().max(200, boundMessage("most", 200, "characters")).optional())
  .transform((v) => (v ? parseQuantity(v) : undefined));

/** Where a value filled from a quote came from (lib/claims/attribute-selection.ts): the quote, and the words as selectors into its source. */
/**
 * `orphaned`: set by the server only, when the source's text was edited and the words are no longer there
 * (lib/claims/provenance-reanchor.ts); the value stays, its origin can no longer be shown in the text.
 */
export type AttributeProvenance = { appearanceId: string; sourceId: string; exact: string; prefix: string; suffix: string; start: number; end: number; orphaned?: true };

const provenanceEntry = z
  .object({
    appearanceId: z.uuid(),
    sourceId: z.uuid(),
    exact: z.string().min(1).max(2000),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    orphaned: z.literal(true).optional(),
  })
  .strict()
  .refine((p) => p.end > p.start && p.end - p.start === p.exact.length, { message: "The selection does not match its quote." });

/** Per field, where its value was selected; the form sends it as JSON in `attributes.provenance`. */
function provenanceFor(fields: readonly string[]) {
  return z
    .preprocess((v) => {
      if (typeof v !== "string") return v;
      if (!v.trim()) return undefined;
      try {
        return JSON.parse(v);
      } catch {
        return v;
      }
    }, z.partialRecord(z.enum(fields as [string, ...string[]]), provenanceEntry).optional())
    .transform((v) => (v && Object.keys(v).length ? v : undefined));
}

const transfer = z.object({
  supplier: names,
  recipient: names,
  materiel,
  quantity,
  periodFrom: partialDate,
  periodTo: partialDate,
  route: text(300),
});

const schemas = {
  ARMS_TRANSFER: transfer.extend({ provenance: provenanceFor(ATTRIBUTE_FIELDS.ARMS_TRANSFER) }),
  TECHNOLOGY_TRANSFER: transfer.extend({ provenance: provenanceFor(ATTRIBUTE_FIELDS.TECHNOLOGY_TRANSFER) }),
  DENIAL: z.object({ deniedBy: text(200), provenance: provenanceFor(ATTRIBUTE_FIELDS.DENIAL) }),
  TREATY_TERM: z.object({
    provenance: provenanceFor(ATTRIBUTE_FIELDS.TREATY_TERM),
    treaty: text(300),
    article: text(100),
    obligation: text(300),
    parties: names,
    signedAt: partialDate,
    ratifiedAt: partialDate,
    inForceAt: partialDate,
  }),
  MEETING_OR_VISIT: z.object({ who: names, where: text(200), when: partialDate, provenance: provenanceFor(ATTRIBUTE_FIELDS.MEETING_OR_VISIT) }),
  SANCTIONS: z.object({ imposedBy: text(200), target: text(300), measures: text(500), provenance: provenanceFor(ATTRIBUTE_FIELDS.SANCTIONS) }),
} as const;

/** Later-or-equal periods: a transfer cannot end before it starts. */
function checkPeriod(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  const { periodFrom, periodTo } = value as { periodFrom?: string; periodTo?: string };
  if (periodFrom && periodTo && periodTo.localeCompare(periodFrom) < 0 && !periodFrom.startsWith(periodTo)) {
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "The period cannot end before it starts." });
  }
}

export type ClaimAttributes = {
  supplier?: string[];
  recipient?: string[];
  materiel?: Materiel[];
  quantity?: Quantity;
  periodFrom?: string;
  periodTo?: string;
  route?: string;
  deniedBy?: string;
  treaty?: string;
  article?: string;
  obligation?: string;
  parties?: string[];
  signedAt?: string;
  ratifiedAt?: string;
  inForceAt?: string;
  who?: string[];
  where?: string;
  when?: string;
  imposedBy?: string;
  target?: string;
  measures?: string;
  /** Per field filled from a quote: where its words were selected. Only fields that hold a value keep theirs. */
  provenance?: Partial<Record<AttributeField, AttributeProvenance>>;
};

/** Provenance only for fields that still hold a value (a field emptied since keeps nothing of where it came from). */
function keepProvenanceOfFilled(value: Record<string, unknown>): Record<string, unknown> {
  const { provenance, ...rest } = value as { provenance?: Record<string, unknown> } & Record<string, unknown>;
  const kept = Object.entries(provenance ?? {}).filter(([field]) => rest[field] !== undefined);
  return kept.length ? { ...rest, provenance: Object.fromEntries(kept) } : rest;
}

/** The attribute schema of a kind (fields of other kinds are refused, so nothing is stored that no form shows). */
export function attributesSchema(kind: string): z.ZodType<ClaimAttributes, unknown> {
  if (!hasAttributes(kind)) return z.object({}).strict().optional().transform(() => ({})) as never;
  return (schemas[kind] as z.ZodObject).strict().superRefine(checkPeriod).optional().transform((v) => keepProvenanceOfFilled(Object.fromEntries(Object.entries(v ?? {}).filter(([, x]) => x !== undefined)))) as never;
}

/** The attributes an edit sends: `attributes.<field>` form values, only those of the chosen kind. */
export function attributesFromForm(kind: string, values: Record<string, string | undefined>): Record<string, string> {
  if (!hasAttributes(kind)) return {};
  const fields = [...ATTRIBUTE_FIELDS[kind], "provenance"] as readonly string[];
  return Object.fromEntries(fields.flatMap((f) => (values[`attributes.${f}`] ? [[f, values[`attributes.${f}`]!]] : [])));
}

/** Stored attributes as form text: lists comma-separated, a quantity as stated, provenance as JSON. */
export function attributesToForm(attributes: unknown): Record<string, string> {
  const a = (attributes && typeof attributes === "object" ? attributes : {}) as Record<string, unknown>;
  const fields = ALL_ATTRIBUTE_FIELDS.map((f) => {
    const v = a[f];
    const shown = Array.isArray(v) ? v.join(", ") : v && typeof v === "object" ? String((v as Quantity).text ?? "") : typeof v === "string" ? v : "";
    return [`attributes.${f}`, shown] as const;
  });
  return Object.fromEntries([...fields, ["attributes.provenance", a.provenance && typeof a.provenance === "object" ? JSON.stringify(a.provenance) : ""]]);
}
