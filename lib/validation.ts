// Runs a zod schema and turns its issues into AppError INVALID with field-level messages.
import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("INVALID", "Some fields need attention.", { fieldErrors });
}

/** An optional text field: trimmed, at most `max` characters, and null when left empty. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();
}
