// A reference's address typed with a user name and password is published without them: on the claim's public read
// (the page and the API), in its ClaimReview and in the feed.
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, publishClaim } from "@/test/factories";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { getClaimForApi, claimReviewFeedForApi } from "@/lib/public/api";

let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  editor = await makeUser({ role: "EDITOR" });
  reviewer = await makeUser({ role: "REVIEWER" });
});

describe("a reference typed with credentials in its address", () => {
  it("is stored and published without them", async () => {
    const claim = await publishClaim(editor, reviewer, { text: "Tàu Angara chở đạn pháo từ Rajin đến Dunai tháng Mười", kind: "OTHER" });
    // publishClaim's reference, typed again with credentials, as a second piece of evidence would be
    const { addEvidence } = await import("@/lib/claims/add-evidence");
    const evidence = await addEvidence(editor, { kind: "external", claimId: claim.id, stance: "CONTEXT", url: "https://desk:s3cret-pass@records.example.org/ship/angara", title: "Shipping record" });
    const stored = await getDb().evidence.findUniqueOrThrow({ where: { id: evidence.id }, select: { url: true } });
    expect(stored.url).toBe("https://records.example.org/ship/angara");
    const api = await getClaimForApi(claim.slug, "https://desk.example");
    expect(JSON.stringify(api)).not.toContain("s3cret");
    const feed = await claimReviewFeedForApi(new URLSearchParams(), "https://desk.example");
    expect(JSON.stringify(feed)).not.toContain("s3cret");
  });
});
