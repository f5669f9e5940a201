// A claimant created on its own, or as a new claim's or an edited claim's claimant, was audited without the address
// the request came from, which every other desk write records: the audit trail could not say from where a claimant
// was made. The address is recorded on each of the three paths.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createClaimant } from "@/lib/claims/claimants";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/test/factories";

let editor: Actor;
let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!);

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
});

const addressOf = async (claimantId: string) =>
  (await getDb().auditEvent.findFirstOrThrow({ where: { action: "claimant.create", objectType: "Claimant", objectId: claimantId }, select: { ip: true } })).ip;
const claimantOf = async (claimId: string) => (await getDb().claim.findUniqueOrThrow({ where: { id: claimId }, select: { claimantId: true } })).claimantId!;

describe("a claimant's creation in the audit trail", () => {
  it("names the request's address, made on its own, with a new claim or with an edited claim", async () => {
    const own = await createClaimant(editor, { name: `Bộ Ngoại giao ${unique()}`, kind: "STATE_BODY", aliases: "" }, { ip: "203.0.113.11" });
    expect(await addressOf(own.id)).toBe("203.0.113.11");

    const claim = await createClaim(editor, { text: `Một tuyên bố của người phát ngôn ${unique()}`, kind: "OTHER", claimantName: `Người phát ngôn ${unique()}`, claimantKind: "PERSON" }, { ip: "203.0.113.12" });
    expect(await addressOf(await claimantOf(claim.id))).toBe("203.0.113.12");

    const current = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { text: true, version: true } });
    await updateClaim(editor, { id: claim.id, version: current.version, text: current.text, kind: "OTHER", claimantName: `Thông tấn xã ${unique()}`, claimantKind: "OUTLET" }, { ip: "203.0.113.13" });
    expect(await addressOf(await claimantOf(claim.id))).toBe("203.0.113.13");
  });
});
