// From a selection in a source: create a claim (C), add it to an existing claim (A), or cite it as evidence (E).
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getSourceForDesk } from "@/lib/sources/get-source";
import { isAppError } from "@/lib/errors";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format } from "@/lib/i18n/locale";
import { CLAIM_KINDS, STANCES } from "@/lib/claims/schemas";
import { NewClaimForm, AttachToClaim, EvidenceFromSelection } from "./selection-forms";

export const generateMetadata = titleFor("newClaim");

type Params = { sourceId?: string; start?: string; end?: string; mode?: string; stay?: string };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor("claim.edit");
  const params = await searchParams;
  const { t } = await getDictionary();
  let quote: { sourceId: string; sourceTitle: string; start: number; end: number; exact: string; before: string; after: string; madeAt: string } | null = null;
  if (params.sourceId) {
    const source = await getSourceForDesk(actor, params.sourceId).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
    const start = Number(params.start);
    const end = Number(params.end);
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= source.body.length) {
      quote = {
        sourceId: source.id,
        sourceTitle: source.title ?? t.sources.untitled,
        start,
        end,
        exact: source.body.slice(start, end),
        before: source.body.slice(Math.max(0, start - 80), start),
        after: source.body.slice(end, end + 80),
        madeAt: source.publishedAt ?? "",
      };
    }
  }
  const mode = params.mode === "attach" || params.mode === "evidence" ? params.mode : "claim";
  const kinds = CLAIM_KINDS.map((kind) => ({ value: kind, label: t.claims.kinds[kind] }));
  const stances = STANCES.map((stance) => ({ value: stance, label: t.claims.stances[stance] }));
  const anchor = quote ? { sourceId: quote.sourceId, start: String(quote.start), end: String(quote.end), exact: quote.exact } : null;
  return (
    <>
      <h1>{mode === "attach" ? t.claims.attachTitle : mode === "evidence" ? t.claims.evidenceTitle : t.claims.newTitle}</h1>
      {quote && (
        <figure className="card quote-card">
          <figcaption className="muted">
            {t.claims.quote} {format(t.claims.inSource, { title: quote.sourceTitle })} · <Link href={`/sources/${quote.sourceId}`}>{t.common.back}</Link>
          </figcaption>
          <blockquote>
            <span className="muted">…{quote.before}</span>
            <mark data-testid="selected-quote">{quote.exact}</mark>
            <span className="muted">{quote.after}…</span>
          </blockquote>
        </figure>
      )}
      {mode === "claim" && <NewClaimForm anchor={anchor} initialText={quote?.exact ?? ""} initialMadeAt={quote?.madeAt ?? ""} kinds={kinds} labels={t.claims} claimantLabels={{ ...t.claimantField, label: t.claims.claimant, hint: t.claims.claimantHint, chooseKind: t.claimants.chooseKind, kinds: t.claimants.kinds }} stay={quote && params.stay === "reader" ? "reader" : undefined} />}
      {mode === "attach" && anchor && <AttachToClaim anchor={anchor} labels={t.claims} />}
      {mode === "evidence" && anchor && <EvidenceFromSelection anchor={anchor} stances={stances} labels={t.claims} />}
    </>
  );
}
