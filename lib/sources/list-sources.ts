// The workbench's list of sources: title search without diacritics, outlet and date filters, pages.
import "server-only";
import { readWarnings } from "./warnings";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { readListFilters } from "@/lib/list-filters";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { foldDiacritics } from "./normalize";
import { sourceListSchema } from "./schemas";

export const SOURCES_PAGE_SIZE = 25;

export async function listSourcesForDesk(actor: Actor | null, input: unknown) {
  assertCan(actor, "source.read");
  const filter = readListFilters(sourceListSchema, input);
  const folded = foldDiacritics(filter.q).replace(/\s+/g, " ").trim();
  const where: Prisma.SourceWhereInput = {
    titleFolded: folded ? { contains: folded } : undefined,
    outlet: filter.outlet || undefined,
    publishedOn: filter.from || filter.to ? { gte: filter.from ? new Date(filter.from) : undefined, lte: filter.to ? new Date(filter.to) : undefined } : undefined,
  };
  const db = getDb();
  const [total, sources, outlets] = await Promise.all([
    db.source.count({ where }),
    db.source.findMany({
      where,
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * SOURCES_PAGE_SIZE,
      take: SOURCES_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        publishedAt: true,
        agency: true,
        outlet: true,
        language: true,
        warnings: true,
        nearDuplicateOfId: true,
        dossier: { select: { id: true, title: true } },
        dossierIndex: true,
      },
    }),
    db.source.groupBy({ by: ["outlet"], where: { outlet: { not: null } }, _count: true, orderBy: { outlet: "asc" } }),
  ]);
  return {
    filter,
    total,
    pages: Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE)),
    sources: sources.map((source) => ({ ...source, warnings: readWarnings(source.warnings) })),
    outlets: outlets.map((o) => ({ outlet: o.outlet!, count: o._count })),
  };
}
