// An Atom 1.0 document from plain entries; every text is escaped, so claim wording cannot break the XML.
import { createHash } from "node:crypto";

export type AtomEntry = { id: string; title: string; link: string; updated: Date; summary: string };

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export function atomFeed(feed: { id: string; title: string; link: string; self: string; author: string; entries: AtomEntry[] }): string {
  const updated = feed.entries[0]?.updated ?? new Date(0);
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.link)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link href="${escapeXml(feed.link)}"/>
  <link rel="self" href="${escapeXml(feed.self)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries}
</feed>
`;
}

/** A name-based (version 5, SHA-1) UUID in the URL namespace of RFC 9562, as a urn:uuid: IRI. */
function urnUuid(name: string): string {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const hash = createHash("sha1").update(namespace).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An entry's permanent id (RFC 4287 §4.2.6: never changes, whatever the slug, host or feed address): derived
 * from the claim's id and the revision's number only, so readers never see a revision twice.
 */
export function revisionEntryId(claimId: string, revision: number): string {
  return urnUuid(`claimdesk:claim:${claimId.toLowerCase()}:revision:${revision}`);
}

/** The feed's own permanent id. */
export const FEED_ID = urnUuid("claimdesk:feed:published-revisions");
