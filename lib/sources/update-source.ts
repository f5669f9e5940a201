// Editors correct a source's metadata; a save over a newer version is refused, never silently merged.
import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { foldDiacritics } from "./normalize";
import { precisionOf, updateSourceSchema } from "./schemas";
import { publishedOnOf } from "./store-sources";
import { readWarnings, recomputeWarnings } from "./warnings";
import type { Prisma } from "@/generated/prisma/client";

const EDITABLE = { id: true, version: true, title: true, publishedAt: true, datePrecision: true, agency: true, outlet: true, author: true, language: true, url: true } as const;

export const CONFLICT_MESSAGE = "Someone else saved this source in the meantime. Their version is shown; your changes are kept in the form.";

export async function updateSourceMetadata(actor: Actor | null, input: unknown, ctx: { ip?: string } = {}) {
  assertCan(actor, "source.edit");
  const { id, version, ...fields } = parseInput(updateSourceSchema, input);
  return getDb().$transaction(async (tx) => {
    const found = await tx.source.findUnique({ where: { id }, select: { ...EDITABLE, body: true, warnings: true } });
    if (!found) throw new AppError("NOT_FOUND", "No such source.");
    const { body, warnings, ...before } = found;
    const data = {
      title: fields.title ?? null,
      publishedAt: fields.publishedAt ?? null,
      datePrecision: precisionOf(fields.publishedAt),
      publishedOn: publishedOnOf(fields.publishedAt ?? null),
      agency: fields.agency ?? null,
      outlet: fields.outlet ?? null,
      author: fields.author ?? null,
      language: fields.language ?? before.language,
      url: fields.url ?? null,
      titleFolded: foldDiacritics(fields.title ?? ""),
      // A warning about a missing title or date goes once the editor supplies it (and comes back if it is cleared).
      // So does the warning that an outlet is named over a look-alike address, once the address is an honest one.
      warnings: recomputeWarnings(readWarnings(warnings), { title: fields.title ?? null, publishedAt: fields.publishedAt ?? null, body, url: fields.url ?? null, outlet: fields.outlet ?? null }) as unknown as Prisma.InputJsonValue,
    };
    // Compare-and-set on the version: zero rows means someone saved first.
    const { count } = await tx.source.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE, { current: before });
    const after = await tx.source.findUniqueOrThrow({ where: { id }, select: EDITABLE });
    await writeAuditEvent(tx, { actorId: actor.id, action: "source.update", objectType: "Source", objectId: id, before, after, ip: ctx.ip });
    return after;
  });
}
