// A newsroom's daily loop, counted: an editor creates a claim from a sentence and adds a second quote from the same
// article with the keyboard (≤ 12 actions); a reviewer asks for a change and approves the revision (≤ 10 actions).
// Each key press, click, field filled or option chosen is one action; the counts are printed.
import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { test, expect, signInApi } from "./fixtures";
import { openAllegationSource, selectedText } from "./reader-steps";
import { decide, startResearch } from "./workflow-steps";

/** Counts what a person does: each call is one action. */
function counter(page: Page) {
  let actions = 0;
  return {
    press: async (key: string) => {
      actions += 1;
      await page.keyboard.press(key);
    },
    act: async (what: () => Promise<unknown>) => {
      actions += 1;
      await what();
    },
    get total() {
      return actions;
    },
  };
}

test("the day's loop with the keyboard: a claim from a sentence and a second quote (≤ 12 actions), a review sent back and approved (≤ 10 actions)", async ({ browser, makeAccount }, testInfo) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const editorAccount = await makeAccount("EDITOR", `Biên tập ${tag}`);
  const reviewerAccount = await makeAccount("REVIEWER", `Người duyệt ${tag}`);
  const editor = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.200.${testInfo.workerIndex}.1` } })).newPage();
  const reviewer = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.200.${testInfo.workerIndex}.2` } })).newPage();
  await signInApi(editor.request, editorAccount.email, editorAccount.password);
  await signInApi(reviewer.request, reviewerAccount.email, reviewerAccount.password);

  // The editor is reading the article.
  await openAllegationSource(editor);
  const e = counter(editor);
  await e.press("j");
  const first = await selectedText(editor);
  await e.press("c");
  const text = editor.getByLabel("Nội dung tuyên bố (tiếng Việt)");
  await expect(text).toBeFocused();
  const wording = `Báo chí Hàn Quốc mô tả bối cảnh thượng đỉnh Nga – Triều Tiên (${tag})`;
  await e.act(() => text.fill(wording));
  await e.act(() => editor.getByLabel("Loại", { exact: true }).selectOption("MEETING_OR_VISIT"));
  await e.act(() => editor.getByRole("button", { name: "Tạo tuyên bố" }).click());
  const anyway = editor.getByRole("button", { name: "Vẫn tạo tuyên bố mới" });
  await expect(anyway.or(editor.getByTestId("claim-panel"))).toBeVisible();
  if (await anyway.isVisible()) await e.act(() => anyway.click());
  await expect(editor).toHaveURL(/\/sources\/[0-9a-f-]{36}\?claim=/);
  const panel = editor.getByTestId("claim-panel");
  await expect(panel.getByTestId("panel-claim-text")).toContainText(wording);
  await expect(panel.getByTestId("panel-quotes")).toContainText(first);
  // Back in the article, the keys continue after the quote just made.
  await e.press("j");
  const second = await selectedText(editor);
  expect(second).not.toBe(first);
  await e.press("a");
  await expect(panel.getByTestId("panel-quotes")).toContainText(second);
  const editorActions = e.total;
  console.log(`day loop: claim from a sentence + a second quote = ${editorActions} actions (limit 12)`);
  expect(editorActions).toBeLessThanOrEqual(12);

  // Not counted: the research, evidence and the proposal, assigned to the reviewer.
  await editor.getByTestId("source-text").focus();
  await editor.keyboard.press("j");
  await editor.keyboard.press("e");
  await panel.getByLabel("Lập trường").selectOption("SUPPORTS");
  await panel.getByRole("button", { name: "Thêm bằng chứng" }).click();
  await expect(panel.getByTestId("panel-evidence")).toBeVisible();
  await panel.getByTestId("panel-claim-text").getByRole("link").click();
  await startResearch(editor);
  const form = editor.getByTestId("proposal-verdict");
  await form.getByLabel("Kết luận").selectOption("MOSTLY_CONFIRMED");
  await form.getByLabel("Tóm tắt").fill("Bài báo mô tả đúng bối cảnh cuộc gặp.");
  await form.getByLabel("Lập luận").fill("Theo bài báo và các trích dẫn trong bài.");
  await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(editor.getByTestId("open-proposal")).toBeVisible();
  await editor.getByTestId("assign-reviewer").getByLabel("Giao đề xuất cho người duyệt").selectOption({ label: reviewerAccount.name });
  await editor.getByTestId("assign-reviewer").getByRole("button", { name: "Giao" }).click();
  await expect(editor.getByTestId("assign-reviewer").getByRole("status")).toBeVisible();

  // The reviewer: from the workbench, the proposal assigned to them, sent back with a note.
  const r = counter(reviewer);
  await r.act(() => reviewer.goto("/desk"));
  const assigned = reviewer.getByTestId("queue-assigned");
  await expect(assigned).toContainText(wording);
  await r.act(() => assigned.getByRole("link", { name: wording }).click());
  const review = reviewer.getByTestId("review-form");
  await r.act(() => review.getByLabel("Yêu cầu sửa").check());
  await r.act(() => review.getByLabel("Ghi chú cho người đề xuất").fill("Hãy dẫn thêm một nguồn độc lập."));
  await r.act(() => review.getByRole("button", { name: "Gửi quyết định" }).click());
  await expect(reviewer.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");

  // Not counted: the editor revises (the form starts from the proposal sent back).
  await editor.goto("/desk");
  await editor.getByTestId("queue-changes").getByRole("link", { name: wording }).click();
  // The reviewer's note stands above the form that answers it, not folded away in the proposal history.
  await expect(editor.getByTestId("changes-requested-note")).toContainText("Hãy dẫn thêm một nguồn độc lập.");
  await editor.getByTestId("proposal-verdict").getByLabel("Lập luận").fill("Theo bài báo, các trích dẫn trong bài và một bản tin độc lập.");
  await editor.getByTestId("proposal-verdict").getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(editor.getByTestId("open-proposal")).toBeVisible();

  // The reviewer approves the revision.
  await r.act(() => reviewer.goto("/desk"));
  await r.act(() => reviewer.getByTestId("queue-review").getByRole("link", { name: wording }).click());
  await decide(reviewer, "Duyệt và công bố");
  const reviewerActions = r.total + 2; // decide(): the choice and the send
  await expect(reviewer.getByTestId("claim-state")).toHaveText("Đã công bố");
  console.log(`day loop: review with a change request and approval after revision = ${reviewerActions} reviewer actions (limit 10)`);
  expect(reviewerActions).toBeLessThanOrEqual(10);
  testInfo.annotations.push({ type: "actions", description: `editor ${editorActions}, reviewer ${reviewerActions}` });
});
