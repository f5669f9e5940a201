// Claim matching in a real Chromium on the demo desk: a relay of the sample articles is imported, its known
// claims appear in the reader's margin, Y anchors one, N dismisses one for good, C starts a new claim.
import { test, expect } from "./fixtures";
import { relayArticle, RELAY_SENTENCES } from "@/fixtures/matching/relay";

const VISIT = "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023";
const DENIAL = "Nga và Triều Tiên bác bỏ mọi cáo buộc về thỏa thuận vũ khí";
const SANCTIONS = "Quan hệ Nga – Triều Tiên đang vi phạm nhiều nghị quyết của Hội đồng Bảo an Liên Hiệp Quốc";
const VISIT_SENTENCE = RELAY_SENTENCES.visit;

test("a relay's known claims appear in the margin; Y anchors, N is remembered, C starts a new claim", async ({ page, signInAs, shot }) => {
  test.setTimeout(120_000);
  await signInAs(page, "EDITOR");
  const tag = `relay-${Date.now().toString(36)}`;
  await page.goto("/sources/import");
  await page.getByLabel("Tên văn bản").fill(`${tag}.txt`);
  await page.getByLabel("Văn bản", { exact: true }).fill(relayArticle(`Hội nghị Nga – Triều Tiên qua lời kể của báo Mẫu ${tag}`, tag));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("preview-card")).toHaveCount(1);
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await page.getByRole("link", { name: new RegExp(tag) }).click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
  const sourceUrl = page.url();

  // Matching runs in the background after the save: the margin shows its finds once it is done.
  const suggestions = page.getByTestId("match-suggestion");
  await expect(async () => {
    await page.reload();
    await expect(suggestions.filter({ hasText: SANCTIONS })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(suggestions.filter({ hasText: VISIT })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: DENIAL })).toHaveCount(1);
  await expect(suggestions.filter({ hasText: VISIT })).toContainText(/Điểm (0\.\d\d|1\.00) · chia sẻ \d+\/\d+ từ khoá/);
  await shot(page, "matching-margin");

  // Y on the focused suggestion: the sentence becomes an appearance, highlighted in the text.
  await suggestions.filter({ hasText: VISIT }).focus();
  await expect(suggestions.filter({ hasText: VISIT })).toBeFocused();
  await page.keyboard.press("y");
  await expect(suggestions.filter({ hasText: VISIT })).toHaveCount(0);
  await expect(page.getByTestId("highlight").filter({ hasText: VISIT_SENTENCE })).toHaveCount(1);
  // Focus stays in the margin, on the item now at the decided one's place, so the next key works at once.
  await expect(page.locator("[data-margin-item]:focus")).toHaveCount(1);

  // N dismisses; after a reload and a new run of matching it stays dismissed.
  await suggestions.filter({ hasText: DENIAL }).focus();
  await expect(suggestions.filter({ hasText: DENIAL })).toBeFocused();
  await page.keyboard.press("n");
  await expect(suggestions.filter({ hasText: DENIAL })).toHaveCount(0);
  await page.reload();
  await expect(suggestions.filter({ hasText: SANCTIONS })).toHaveCount(1);
  await page.getByRole("button", { name: "Tìm tuyên bố đã biết" }).click();
  await expect(page.getByRole("status")).toContainText("Đã thêm 0 gợi ý.");
  await expect(suggestions.filter({ hasText: DENIAL })).toHaveCount(0);

  // The claim page lists the open suggestion and opens the source at its sentence.
  await page.goto("/desk/claims");
  await page.getByRole("link", { name: SANCTIONS }).first().click();
  const possible = page.getByTestId("possible-appearance").filter({ hasText: tag });
  await expect(possible).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /Có thể xuất hiện trong các nguồn khác \(\d+\)/ })).toBeVisible();
  await possible.getByRole("link").click();
  await expect(page).toHaveURL(/#sentence-\d+$/);
  await expect(suggestions.filter({ hasText: SANCTIONS })).toBeFocused();

  // The visit claim now has the accepted sentence as an appearance, anchored to its exact words.
  await page.goto("/desk/claims");
  await page.getByRole("link", { name: VISIT }).first().click();
  await expect(page.getByTestId("appearance").filter({ hasText: VISIT_SENTENCE }).filter({ hasText: tag })).toHaveCount(1);

  // The check-worthy candidate that matches no claim is one keystroke from a new claim, with its cues explained.
  await page.goto(sourceUrl);
  const candidate = page.getByTestId("checkworthy-candidate").filter({ hasText: RELAY_SENTENCES.newClaim });
  await expect(candidate).toHaveCount(1);
  await expect(candidate).toHaveAttribute("title", /^(?=.*động từ tường thuật “cho biết”)(?=.*số lượng “1\.000”)(?=.*vũ khí “máy bay không người lái”)/);
  await candidate.focus();
  await expect(candidate.locator(".margin-cues")).toBeVisible();
  await page.keyboard.press("c");
  await expect(page).toHaveURL(/\/desk\/claims\/new\?/);
  await expect(page.getByTestId("selected-quote")).toContainText(RELAY_SENTENCES.newClaim);
});
