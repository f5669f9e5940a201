// Input schemas for importing and editing sources, shared by the import screen, the reader and the server.
import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { MAX_IMPORT_BYTES } from "./parse-import";

/** ISO 8601 as an article states it: a day, a minute (with or without offset), or a day of a year not given. */
export const PUBLISHED_AT_PATTERN = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z)?)?|--\d{2}-\d{2})$/;

export const publishedAtSchema = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional()
  .refine((v) => v == null || (PUBLISHED_AT_PATTERN.test(v) && isRealDate(v)), "Use a date like 2023-09-18, 2023-09-17T11:41 or --07-27.");

function isRealDate(value: string): boolean {
  const [, month, day] = value.match(/(?:^|-)(\d{2})-(\d{2})(?:T|$)/) ?? [];
  const year = value.startsWith("--") ? 2024 : Number(value.slice(0, 4)); // a leap year admits 29 February
  const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) && isRealTime(value);
}

/** A time of day that exists (up to 23:59) with an offset that exists (up to ±14:00), when the value has one. */
function isRealTime(value: string): boolean {
  const [, hour, minute, offsetHour, offsetMinute] = value.match(/T(\d{2}):(\d{2})(?:[+-](\d{2}):(\d{2}))?$/) ?? [];
  if (hour === undefined) return true;
  return Number(hour) <= 23 && Number(minute) <= 59 && (offsetHour === undefined || (Number(offsetHour) <= 14 && Number(offsetMinute) <= 59));
}

export function precisionOf(publishedAt: string | null | undefined): "day" | "minute" | "month-day" | null {
  if (!publishedAt) return null;
  if (publishedAt.startsWith("--")) return "month-day";
  return publishedAt.includes("T") ? "minute" : "day";
}

export const metadataFields = {
  title: optionalText(500),
  publishedAt: publishedAtSchema,
  agency: optionalText(120),
  outlet: optionalText(120),
  author: optionalText(200),
  language: z.string().trim().regex(/^[a-z]{2,3}$/, "Use a language code such as vi or en.").optional(),
};

export const metadataOverrideSchema = z.object({ index: z.number().int().min(0).max(10_000), ...metadataFields });
export type MetadataOverride = z.infer<typeof metadataOverrideSchema>;

export const importTextSchema = z.object({
  fileName: z.string().trim().min(1, "Name the text.").max(255, "At most 255 characters."),
  text: z
    .string()
    .max(MAX_IMPORT_BYTES, "The text is over the 20 MB import limit.")
    .refine((v) => v.trim().length > 0, "Paste or upload some text."),
});

export const importRequestSchema = importTextSchema.extend({
  overrides: z.array(metadataOverrideSchema).max(10_000).default([]),
});

export const updateSourceSchema = z.object({
  id: z.uuid({ error: "Unknown source." }),
  version: z.coerce.number().int().min(1),
  ...metadataFields,
  url: z
    .string()
    .trim()
    .max(2000)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional()
    .refine((v) => v == null || /^https?:\/\/\S+$/.test(v), "Use a web address starting with http:// or https://."),
});

export const sourceListSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  outlet: z.string().trim().max(120).optional().default(""),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
});
