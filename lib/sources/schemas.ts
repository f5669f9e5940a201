// Input schemas for importing and editing sources, shared by the import screen, the reader and the server.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { MAX_IMPORT_BYTES } from "./parse-import";
import { parseEditorDate } from "./editor-date";
import { LINE_ROLES } from "./line-roles";
import { isWebAddress, WEB_ADDRESS, withoutCredentials } from "@/lib/http/web-address";
import { withLookAlikeHostInAscii } from "@/lib/http/readable-host";
import { MAX_PATTERNS } from "./outlet-profiles";
import { FILE_NAME_MAX, hasControlCharacters } from "./file-name";
import { boundMessage } from "@/lib/i18n/bounds";

/** ISO 8601 as an article states it: a day, a minute (with or without offset), a day of a year not given, or a month of a year ("2026-12": a journal's issue). */
export const PUBLISHED_AT_PATTERN = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)?)?|--\d{2}-\d{2}|\d{4}-\d{2})$/;

/** A date field as editors type it ("21/9/2023 10:15", "21/9/2023", "2023-09-21", ISO), stored in ISO form. */
export function editorDateSchema(message: string) {
  return z
    .string()
    .max(100, message)
    .nullable()
    .optional()
    .transform((value, ctx) => {
      if (value == null) return value;
      const parsed = parseEditorDate(value);
      if (parsed === undefined) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed;
    });
}

export const publishedAtSchema = editorDateSchema("Use a date like 2023-09-18, 2023-09-17T11:41 or --07-27.");
/** A source's publication date: the error names the field, as the import preview shows many dates at once. */
export const PUBLISHED_AT_MESSAGE = "Publication date: use a date like 21/9/2023 10:15, 21/9/2023 or 2023-09-21.";
export const sourceDateSchema = editorDateSchema(PUBLISHED_AT_MESSAGE);

export function precisionOf(publishedAt: string | null | undefined): "day" | "minute" | "month-day" | "month" | null {
  if (!publishedAt) return null;
  if (publishedAt.startsWith("--")) return "month-day";
  if (/^\d{4}-\d{2}$/.test(publishedAt)) return "month";
  return publishedAt.includes("T") ? "minute" : "day";
}

/** The original address of an article: http or https only (never javascript:, data: or file:). */
export const urlSchema = z
  .string()
  .trim()
  .max(2000, boundMessage("most", 2000, "characters"))
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional()
  .refine((v) => v == null || isWebAddress(v), WEB_ADDRESS)
  // a user name and password before the host are no part of the article's address, and would be published with it;
  // a look-alike host is stored in its ASCII form, as an import stores a capture's, whatever the browser sent
  .transform((v) => (v == null ? v : withLookAlikeHostInAscii(withoutCredentials(v))));

export const metadataFields = {
  title: optionalText(500),
  publishedAt: sourceDateSchema,
  agency: optionalText(120),
  outlet: optionalText(120),
  author: optionalText(200),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, "Use a language code such as vi or en.").optional(),
};

export const metadataOverrideSchema = z.object({ index: z.number().int().min(0).max(10_000), ...metadataFields, url: urlSchema });
export type MetadataOverride = z.infer<typeof metadataOverrideSchema>;

/** Roles an editor gave lines in the preview, by line shape (lineKey()). */
export const roleOverridesSchema = z
  .array(z.object({ key: z.string().max(200), role: z.enum(LINE_ROLES) }))
  .max(1000)
  .default([]);

export const importTextSchema = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, "Name the text.")
    .max(FILE_NAME_MAX, boundMessage("most", FILE_NAME_MAX, "characters"))
    .refine((v) => !hasControlCharacters(v), "A name cannot hold control characters (a line break, a tab, NUL…)."),
  text: z
    .string()
    .max(MAX_IMPORT_BYTES, "The text is over the 20 MB import limit.")
    .refine((v) => v.trim().length > 0, "Paste or upload some text."),
});

export const previewRequestSchema = importTextSchema.extend({ roles: roleOverridesSchema });

/** A previewed file read again with corrected line roles, into the draft the preview kept (import-drafts.ts). */
export const draftRereadSchema = previewRequestSchema.extend({ draftId: z.uuid(), fileIndex: z.number().int().min(0).max(1000) });

/** The cards of one preview page whose text and line roles the screen asks for. */
export const DRAFT_PAGE_MAX = 50;
export const draftPageSchema = z.object({
  draftId: z.uuid(),
  items: z
    .array(z.object({ fileIndex: z.number().int().min(0).max(1000), index: z.number().int().min(0).max(100_000) }))
    .min(1)
    .max(DRAFT_PAGE_MAX),
});

export const importRequestSchema = importTextSchema.extend({
  overrides: z.array(metadataOverrideSchema).max(10_000).default([]),
  roles: roleOverridesSchema,
});

/** Patterns as an admin edits them: one per line, at most MAX_PATTERNS of each kind. */
const patternList = z
  .string()
  .max(40_000, boundMessage("most", MAX_PATTERNS, "patterns"))
  .transform((v) => v.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
  .refine((lines) => lines.length <= MAX_PATTERNS, boundMessage("most", MAX_PATTERNS, "patterns"));

export const outletProfileUpdateSchema = z.object({
  id: z.uuid({ error: "No such outlet profile." }),
  version: z.coerce.number().int().min(1),
  furniture: patternList,
  dateHints: patternList,
});

export const outletProfileDeleteSchema = z.object({ id: z.uuid({ error: "No such outlet profile." }), version: z.coerce.number().int().min(1) });

export const updateSourceSchema = z.object({
  id: z.uuid({ error: "Unknown source." }),
  version: z.coerce.number().int().min(1),
  ...metadataFields,
  url: urlSchema,
});

export const sourceListSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  outlet: z.string().trim().max(120).optional().default(""),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
});
