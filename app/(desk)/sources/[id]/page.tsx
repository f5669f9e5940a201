// The source reader: the cleaned text with its sub-headings and captions, its details, dossier and twins.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getSourceForDesk } from "@/lib/sources/get-source";
import { isAppError } from "@/lib/errors";
import { getDictionary, titleFor } from "@/lib/i18n/server";
import { format, formatDateTime } from "@/lib/i18n/locale";
import { explainMatch } from "@/lib/matching/explain";
import { PublishedAt } from "@/app/components/published-at";
import { SourceMetadataForm } from "./source-metadata-form";
import { AnnotatedText } from "./annotated-text";
import { SourceBodyForm } from "./source-body-form";
import { layoutBlocks } from "@/lib/sources/layout-blocks";
import { listAnchorsInSource } from "@/lib/claims/get-claim";
import { warningMessage } from "@/lib/i18n/warnings";
import { STANCES } from "@/lib/claims/schemas";
import { ReaderProvider } from "./reader-context";
import { ClaimPanel } from "./claim-panel";
import { ReaderHelp } from "./reader-help";
import { loadPanelClaim, resumeOffset } from "./panel-claim";
import { listSourceMatching } from "@/lib/matching/suggestions";
import { SuggestionsMargin } from "./suggestions-margin";
import { editableOf } from "@/lib/sources/editable-metadata";
import { StoredAddressLink } from "@/app/components/stored-address";

export const generateMetadata = titleFor("source");

async function load(actor: Awaited<ReturnType<typeof requirePageActor>>, id: string) {
  try {
    return await getSourceForDesk(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string | string[] }> }) {
  const actor = await requirePageActor("source.read");
  const { id } = await params;
  const { claim: claimParam } = await searchParams;
  const [{ locale, t }, source] = await Promise.all([getDictionary(), load(actor, id)]);
  const [anchors, panelClaim, matching] = await Promise.all([
    listAnchorsInSource(actor, source.id),
    loadPanelClaim(actor, claimParam, source.id, t.sources.untitled),
    listSourceMatching(actor, source.id),
  ]);
  const stances = STANCES.map((stance) => ({ value: stance, label: t.claims.stances[stance] }));
  return (
    <ReaderProvider sourceId={source.id} body={source.body} currentClaimId={panelClaim?.id ?? null} resumeAt={resumeOffset(panelClaim)}>
    <div className="reader-layout">
      <article className="reader" lang={source.language}>
        {source.dossier && (
          <p className="muted">
            <Link href={`#dossier`}>{format(t.reader.fromDossier, { index: source.dossierIndex ?? "", title: source.dossier.title })}</Link>
          </p>
        )}
        <h1>{source.title ?? t.sources.untitled}</h1>
        <p className="byline">
          <PublishedAt value={source.publishedAt} locale={locale} empty={t.reader.noDate} />
          {[source.outlet, source.agency, source.author].filter(Boolean).map((part) => (
            <span key={part}> · {part}</span>
          ))}
        </p>
        {source.url && (
          <p className="source-url">
            {t.reader.url}:{" "}
            <StoredAddressLink address={source.url} testId="source-url" />
          </p>
        )}
        {source.nearDuplicateOf && (
          <p className="notice warn" role="note">
            <Link href={`/sources/${source.nearDuplicateOf.id}`}>
              {format(t.reader.nearDuplicateOf, { title: source.nearDuplicateOf.title ?? t.sources.untitled, outlet: source.nearDuplicateOf.outlet ?? "—" })}
            </Link>
          </p>
        )}
        {source.warnings.length > 0 && (
          <ul className="notice warn warnings" aria-label={t.sources.warnings}>
            {source.warnings.map((warning, i) => (
              <li key={i} data-code={warning.code}>
                {warningMessage(t.sourceWarnings, warning)}
              </li>
            ))}
          </ul>
        )}
        <AnnotatedText
          sourceId={source.id}
          blocks={layoutBlocks(source.body, source.blocks)}
          highlights={anchors}
          labels={{ caption: t.reader.caption, makeClaim: t.claims.makeClaim, addToClaim: t.claims.addToClaim, useAsEvidence: t.claims.useAsEvidence, selectionHelp: t.claims.selectionHelp, shortcuts: t.claims.shortcuts, textLabel: t.panel.textLabel }}
        />
        <SourceBodyForm id={source.id} bodyVersion={source.bodyVersion} body={source.body} labels={t.reader} />
        <details className="raw">
          <summary>{t.reader.raw}</summary>
          <pre>{source.raw}</pre>
        </details>
      </article>
      <aside className="reader-side">
        <ReaderHelp labels={t.panel} />
        <ClaimPanel
          claim={panelClaim}
          stances={stances}
          labels={{ ...t.panel, stances: t.claims.stances, states: t.claims.states, kinds: t.claims.kinds, linkSearchHint: t.claims.linkSearchHint, similarNone: t.claims.similarNone, stance: t.claims.stance, chooseStance: t.claims.chooseStance, note: t.claims.note, addEvidence: t.claims.addEvidence, saving: t.claims.saving }}
        />
        <SuggestionsMargin
          sourceId={source.id}
          suggestions={matching.suggestions.map((s) => ({ ...s, score: format(t.matching.score, { score: s.score.toFixed(2) }), why: explainMatch(t.matching, s.explanation) }))}
          candidates={matching.candidates.map((c) => ({ ...c, cues: c.cues.map((cue) => `${t.matching.cue[cue.kind]} “${cue.words}”`).join(", ") }))}
          labels={t.matching}
        />
        <section className="card">
          <h2>{t.reader.edit}</h2>
          <SourceMetadataForm
            labels={{ ...t.reader, title: t.reader.titleField, date: t.sources.date, outlet: t.sources.outlet, agency: t.sources.agency, language: t.sources.language }}
            initial={{ id: source.id, version: String(source.version), ...editableOf(source) }}
          />
          <dl className="facts">
            <dt>{t.reader.file}</dt>
            <dd>{source.sourceFile ?? "—"}</dd>
            <dt>{t.reader.importedAt}</dt>
            <dd>{formatDateTime(locale, source.createdAt)}</dd>
            <dt>{t.reader.importedBy}</dt>
            <dd>{source.importedBy?.name ?? t.audit.system}</dd>
          </dl>
        </section>
        {source.nearDuplicates.length > 0 && (
          <section className="card">
            <h2>{t.reader.nearDuplicates}</h2>
            <ul>
              {source.nearDuplicates.map((twin) => (
                <li key={twin.id}>
                  <Link href={`/sources/${twin.id}`}>{twin.title ?? t.sources.untitled}</Link> {twin.outlet ? `(${twin.outlet})` : ""}
                </li>
              ))}
            </ul>
          </section>
        )}
        {source.dossier && (
          <section className="card" id="dossier">
            <h2>{t.reader.dossierContents}</h2>
            <p className="muted">{source.dossier.title}</p>
            <ol>
              {source.dossier.sources.map((item) => (
                <li key={item.id} value={item.dossierIndex ?? undefined}>
                  {item.id === source.id ? <strong aria-current="page">{item.title ?? t.sources.untitled}</strong> : <Link href={`/sources/${item.id}`}>{item.title ?? t.sources.untitled}</Link>}
                </li>
              ))}
            </ol>
          </section>
        )}
      </aside>
    </div>
    </ReaderProvider>
  );
}
