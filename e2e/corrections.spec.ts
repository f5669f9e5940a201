// Corrections start from what is published; reviews show what changed; Markdown preview and evidence citations.
import { test, expect } from "./fixtures";
import { decide, researchedClaim } from "./workflow-steps";

test("a re-proposal shows the earlier note and its diff; citations link on the public page; a one-word correction starts from what is published", async ({ browser, signInAs, shot }) => {
  test.setTimeout(150_000);
  const proposerPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();
  await signInAs(proposerPage, "EDITOR");
  await signInAs(reviewerPage, "REVIEWER");
  const wording = `Triều Tiên chuyển đạn pháo sang Nga bằng đường sắt (${Date.now().toString(36)})`;
  const claimId = await researchedClaim(proposerPage, wording);

  // First proposal; the blank rationale's error names the field by its label.
  const form = proposerPage.getByTestId("proposal-verdict");
  await form.getByLabel("Kết luận").selectOption("MOSTLY_CONFIRMED");
  await form.getByLabel("Tóm tắt").fill("Ảnh vệ tinh cho thấy các toa hàng đi qua Tumangang trong tháng Ba");
  await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(form.getByText("Hãy viết Lập luận.").or(form.getByText("Lập luận cần ít nhất 20 ký tự."))).toBeVisible();
  await form.getByLabel("Lập luận").fill("Theo **ảnh vệ tinh** [1], các toa hàng đi qua cửa khẩu.");
  await form.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(proposerPage.getByTestId("open-proposal")).toBeVisible();

  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await decide(reviewerPage, "Yêu cầu sửa", "Hãy nêu số toa hàng.");
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");

  // The revision: Markdown preview renders the text with [1] linked to the ticked evidence and [9] left plain.
  await proposerPage.reload();
  const again = proposerPage.getByTestId("proposal-verdict");
  await again.getByLabel("Lập luận").fill("Theo **ảnh vệ tinh** [1], khoảng 40 toa hàng đi qua cửa khẩu; nguồn [9] chưa xác minh.");
  await again.getByRole("button", { name: "Xem trước" }).click();
  const preview = proposerPage.getByTestId("proposal-verdict-preview");
  await expect(preview.locator("strong", { hasText: "ảnh vệ tinh" })).toBeVisible();
  await expect(preview.locator('a[href="#evidence-1"]')).toHaveText("[1]");
  await expect(preview).toContainText("nguồn [9] chưa");
  await expect(preview.locator('a[href="#evidence-9"]')).toHaveCount(0);
  await shot(proposerPage, "proposal-preview");
  await again.getByRole("button", { name: "Viết" }).click();
  await again.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(proposerPage.getByTestId("open-proposal")).toBeVisible();

  // The reviewer: their earlier note first in the proposal, then what changed since the proposal sent back.
  await reviewerPage.reload();
  const open = reviewerPage.getByTestId("open-proposal");
  await expect(open.locator("> *").first()).toHaveAttribute("data-testid", "previous-note");
  await expect(reviewerPage.getByTestId("previous-note")).toContainText("Hãy nêu số toa hàng.");
  const diff = reviewerPage.getByTestId("diff-previous");
  await expect(diff).toContainText("Lập luận");
  await expect(diff.locator("ins", { hasText: "40" })).toBeVisible();
  await shot(reviewerPage, "proposal-review");
  await decide(reviewerPage, "Duyệt và công bố");
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đã công bố");

  // The public page: [1] links to the first evidence item, [9] stays text.
  const publicUrl = (await reviewerPage.getByRole("link", { name: "Xem trang công khai" }).getAttribute("href"))!;
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(publicUrl);
  const citation = publicPage.locator('.markdown a[href="#evidence-1"]');
  await expect(citation).toHaveText("[1]");
  await expect(publicPage.locator("#evidence-1")).toContainText("Satellite imagery");
  await expect(publicPage.locator(".markdown").first()).toContainText("nguồn [9] chưa");
  await citation.click();
  await expect(publicPage).toHaveURL(/#evidence-1$/);

  // The correction starts from the published revision: everything pre-filled, the Markdown copyable.
  await proposerPage.reload();
  await proposerPage.getByText("Đề xuất đính chính").click();
  const correction = proposerPage.getByTestId("proposal-correction");
  await expect(correction.getByLabel("Kết luận")).toHaveValue("MOSTLY_CONFIRMED");
  await expect(correction.getByLabel("Tóm tắt")).toHaveValue("Ảnh vệ tinh cho thấy các toa hàng đi qua Tumangang trong tháng Ba");
  await expect(correction.getByLabel("Lập luận")).toHaveValue(/khoảng 40 toa hàng/);
  await expect(correction.getByRole("checkbox").first()).toBeChecked();
  await correction.getByText("Bản Markdown đang công bố").click();
  await expect(correction.getByTestId("published-markdown").locator("textarea")).toHaveValue(/\*\*ảnh vệ tinh\*\* \[1\]/);
  await expect(correction.getByRole("button", { name: "Sao chép" })).toBeVisible();

  // One word of the summary, with the keyboard: End, select the word before, type the new one.
  let keystrokes = 0;
  await correction.getByLabel("Tóm tắt").focus();
  await proposerPage.keyboard.press("End");
  keystrokes++;
  await proposerPage.keyboard.press("Control+Shift+ArrowLeft");
  keystrokes++;
  for (const ch of "Tư") {
    await proposerPage.keyboard.type(ch);
    keystrokes++;
  }
  await expect(correction.getByLabel("Tóm tắt")).toHaveValue("Ảnh vệ tinh cho thấy các toa hàng đi qua Tumangang trong tháng Tư");
  // The diff against what is published, before sending.
  const live = correction.getByTestId("proposal-correction-diff");
  await expect(live.locator("del", { hasText: "Ba" })).toBeVisible();
  await expect(live.locator("ins", { hasText: "Tư" })).toBeVisible();
  await correction.getByLabel("Lý do thay đổi").fill("Ảnh chụp mới cho thấy việc vận chuyển diễn ra trong tháng Tư.");
  await shot(proposerPage, "correction-form");
  await correction.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(proposerPage.getByTestId("open-proposal")).toContainText("Đính chính");
  console.log(`one-word correction of the summary: ${keystrokes} keystrokes plus the reason`);
  expect(keystrokes).toBeLessThanOrEqual(15);

  // The reviewer sees the correction's diff against the published revision.
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await expect(reviewerPage.getByTestId("proposal-snapshot").locator("ins", { hasText: "Tư" })).toBeVisible();
});
