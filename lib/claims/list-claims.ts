// The workbench's claims: newest first, searchable without diacritics.
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { readListFilters } from "@/lib/list-filters";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { foldClaimText } from "./create-claim";
import { MATERIEL } from "./attributes";

const listSchema = z.object({
  q: z.string().trim().max(200).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1).default(1),
  supplier: z.string().trim().max(120).optional().default(""),
  recipient: z.string().trim().max(120).optional().default(""),
  materiel: z.enum(MATERIEL).optional().catch(undefined),
});

export const CLAIMS_PAGE_SIZE = 25;

export async function listClaimsForDesk(actor: Actor | null, input: unknown) {
  assertCan(actor, "claim.read");
  const filter = readListFilters(listSchema, input);
  const folded = foldClaimText(filter.q);
  // Attributes match whole names as stored (lists of names; materiel from the controlled list).
  const attribute = (path: string, value: string | undefined): Prisma.ClaimWhereInput[] => (value ? [{ attributes: { path: [path], array_contains: [value] } }] : []);
  const where: Prisma.ClaimWhereInput = {
    mergedIntoId: null,
    textFolded: folded ? { contains: folded } : undefined,
    AND: [...attribute("supplier", filter.supplier), ...attribute("recipient", filter.recipient), ...attribute("materiel", filter.materiel)],
  };
  const db = getDb();
  const [total, claims] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * CLAIMS_PAGE_SIZE,
      take: CLAIMS_PAGE_SIZE,
      select: { id: true, text: true, kind: true, state: true, updatedAt: true, claimant: { select: { name: true } }, _count: { select: { appearances: true, evidence: true } } },
    }),
  ]);
  return { filter, total, pages: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)), claims };
}
