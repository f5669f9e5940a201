// The review panel names who created the proposer's account and the reviewer's: the reviewer judges from it whether a
// second person wrote the proposal. Names are not unique (two people, or an admin naming a second admin account after
// another admin), so the panel gives the e-mail beside the name, as the accounts screen does.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { getClaimForDesk } from "@/lib/claims/get-claim";
import { getClaimWorkflow } from "@/lib/workflow/queues";
import { en } from "@/lib/i18n/en";
import { WorkflowPanel } from "@/app/(desk)/desk/claims/[id]/workflow-panel";
import { WorkflowNews } from "@/app/(desk)/desk/claims/[id]/workflow-news";
import { createdAccount, makeUser, openProposal } from "@/test/factories";

let first: Actor;
let namesake: Actor;
beforeEach(async () => {
  await getDb().user.updateMany({ where: { role: "ADMIN" }, data: { isActive: false } });
  // Two admins of one name, each created apart: the second named after the first.
  first = await makeUser({ role: "ADMIN" });
  namesake = await makeUser({ role: "ADMIN" });
  await getDb().user.update({ where: { id: namesake.id }, data: { name: first.name } });
});

const panel = async (viewer: Actor, claimId: string) => {
  const [claim, workflow] = await Promise.all([getClaimForDesk(viewer, claimId), getClaimWorkflow(viewer, claimId)]);
  // As the claim page holds it: under the news line's provider.
  return renderToStaticMarkup(createElement(WorkflowNews, null, WorkflowPanel({ claim, workflow, actor: viewer, locale: "en", t: en })));
};
const testId = (html: string, id: string) => html.match(new RegExp(`data-testid="${id}"[^>]*>(.*?)</(?:span|p)>`))?.[1]?.replace(/<[^>]+>/g, "");

describe("the review panel", () => {
  it("names the creator of the proposer's account and of the reviewer's with the e-mail beside the name", async () => {
    const editor = await createdAccount(first, "EDITOR");
    const reviewer = await createdAccount(namesake, "REVIEWER");
    const proposal = await openProposal(editor);
    const html = await panel(reviewer, proposal.claimId);
    expect(testId(html, "proposer-created-by")).toContain(`account created by ${first.name} (${first.email})`);
    expect(testId(html, "reviewer-created-by")).toContain(`account created by ${first.name} (${namesake.email})`);
    // The two creators read apart, though their names are one.
    expect(testId(html, "proposer-created-by")).not.toContain(namesake.email);
  });
});
