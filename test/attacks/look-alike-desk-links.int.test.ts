// Addresses stored before look-alike hosts were stored in their ASCII form ("https://www.rеuters.com/…", a Cyrillic
// "е") kept them so: the public pages publish such a host in ASCII, but the desk's claim page linked an external
// reference to the look-alike host as stored. The desk shows every stored address it links to, an external
// reference's and a source's, in the same ASCII form, whenever it was stored.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { addEvidence } from "@/lib/claims/add-evidence";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { en } from "@/lib/i18n/en";
import { EvidenceList } from "@/app/(desk)/desk/claims/[id]/evidence-list";
import { StoredAddressLink } from "@/app/components/stored-address";

const LOOK_ALIKE = "https://www.r\u0435uters.com/world/shells-2026-12-01/";
const ASCII = "https://www.xn--ruters-3of.com/world/shells-2026-12-01/";

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);

describe("a look-alike address stored before such hosts were stored in ASCII", () => {
  it("is linked on the desk in its ASCII form, an honest international name as written", async () => {
    const editor = await makeUser();
    const claim = await createClaim(editor, { text: `Tàu chở đạn pháo rời cảng ${Math.random()}`, kind: "ARMS_TRANSFER" });
    const reference = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "SUPPORTS", url: "https://example.org/report", title: "Reuters report" });
    const honest = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://example.org/other", title: "Báo Việt" });
    // Written as a store before the rule left them.
    await getDb().$executeRaw`UPDATE "Evidence" SET url = ${LOOK_ALIKE} WHERE id = ${reference.id}::uuid`;
    await getDb().$executeRaw`UPDATE "Evidence" SET url = ${"https://báo.vn/tin"} WHERE id = ${honest.id}::uuid`;
    const desk = await getClaimForDesk(editor, claim.id);
    const html = renderToStaticMarkup(createElement("div", null, EvidenceList({ evidence: desk.evidence, t: en })));
    expect(hrefs(html)).toContain(ASCII);
    expect(hrefs(html)).toContain("https://báo.vn/tin");
    expect(html).not.toContain("r\u0435uters");
    expect(html).toContain("Reuters report");
  });

  it("gives a source's stored address in its ASCII form, as its link and as its text", () => {
    const html = renderToStaticMarkup(createElement(StoredAddressLink, { address: LOOK_ALIKE }));
    expect(hrefs(html)).toEqual([ASCII]);
    expect(html).toContain(`>${ASCII}</a>`);
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });
});
