// Claims in Chromium: select words in a source, create a claim with suggestions, see the highlight,
// cite evidence, and link a denial to the allegation it denies.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { selectInReader } from "./workflow-steps";

async function openSource(page: Page, titleQuery: string) {
  await page.goto(`/sources?q=${encodeURIComponent(titleQuery)}`);
  await page.locator("tbody a").first().click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
}

test("select a sentence, create a claim (with suggestions while typing), and find it highlighted in the source", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await openSource(page, "kim jong un tham quan can cu");
  const quote = page.locator(".source-text p[data-start]").nth(1);
  const sentence = ((await quote.textContent()) ?? "").split(/(?<=\.)\s/)[0]!;
  await selectInReader(page, sentence);
  await shot(page, "reader-selection");
  await page.keyboard.press("c");

  await expect(page).toHaveURL(/\/desk\/claims\/new\?/);
  await expect(page.getByTestId("selected-quote")).toHaveText(sentence);
  const text = page.getByLabel("Nội dung tuyên bố (tiếng Việt)");
  await text.fill("kim jong un gap putin tai san bay vu tru vostochny");
  await expect(page.getByTestId("similar-claim").first()).toContainText("Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny");
  await shot(page, "new-claim-suggestions");

  const wording = `Kim Jong Un thăm căn cứ oanh tạc cơ chiến lược của Nga (${Date.now().toString(36)})`;
  await text.fill(wording);
  await page.getByLabel("Người/cơ quan đưa ra").fill("Kim Jong-un");
  await page.getByLabel("Loại").selectOption("MEETING_OR_VISIT");
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();

  // Saved from the reader: back in the article, with the new claim in the panel.
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}\?claim=[0-9a-f-]{36}$/);
  await expect(page.getByTestId("panel-quotes")).toContainText(sentence);
  await page.getByTestId("panel-claim-text").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: wording })).toBeVisible();
  await expect(page.getByTestId("appearance")).toContainText(sentence);
  await expect(page.getByLabel("Người/cơ quan đưa ra")).toHaveValue("Kim Jong Un");
  await shot(page, "claim-editor");

  await page.getByTestId("appearance").getByRole("link").first().click();
  const highlight = page.getByTestId("highlight").filter({ hasText: sentence.slice(0, 20) });
  await expect(highlight).toHaveCount(1);
  await highlight.click();
  await expect(page.getByRole("heading", { level: 1, name: wording })).toBeVisible();
});

test("a selection becomes evidence against a claim, grouped under its stance", async ({ page, signInAs }) => {
  await signInAs(page, "REVIEWER");
  await openSource(page, "thi sat cac nha may chien dau co");
  const sentence = "Ông Putin nói với các phóng viên rằng Nga ‘không vi phạm điều gì’";
  await selectInReader(page, sentence);
  await page.keyboard.press("e");
  const panel = page.getByTestId("claim-panel");
  await panel.getByLabel("Bằng chứng cho tuyên bố nào?").fill("quan he nga trieu tien vi pham nghi quyet");
  await panel.getByTestId("picked-claim").first().getByRole("button").click();
  await panel.getByLabel("Lập trường").selectOption("REFUTES");
  await panel.getByLabel("Ghi chú").fill("Lời phủ nhận của Putin.");
  await panel.getByRole("button", { name: "Thêm bằng chứng" }).click();
  // Still in the article, with the claim now the one worked on.
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}\?claim=[0-9a-f-]{36}$/);
  await expect(panel.getByTestId("panel-evidence")).toContainText(sentence);
  await panel.getByTestId("panel-claim-text").getByRole("link").click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("evidence-refutes")).toContainText(sentence);
  await expect(page.getByTestId("evidence-refutes")).toContainText("Lời phủ nhận của Putin.");
});

test("a denial is linked to the allegation it denies and shows on both sides", async ({ page, signInAs, makeAccount }) => {
  await signInAs(page, "EDITOR");
  await makeAccount("EDITOR");
  await page.goto("/desk/claims/new");
  const denial = `Bình Nhưỡng phủ nhận bán vũ khí cho Nga (${Date.now().toString(36)})`;
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(denial);
  await page.getByLabel("Người/cơ quan đưa ra").fill("KCNA");
  await page.getByLabel("Loại").selectOption("DENIAL");
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  await expect(page.getByRole("heading", { level: 1, name: denial })).toBeVisible();

  await page.getByText("Liên kết tới tuyên bố", { exact: true }).first().click();
  await page.getByRole("searchbox", { name: "Liên kết tới tuyên bố" }).fill("trieu tien cung cap dan duoc cho nga");
  // With the keyboard: each step keeps the focus where the next one starts, not at the top of the page.
  await page.getByTestId("picked-claim").filter({ hasText: "Triều Tiên cung cấp đạn dược cho Nga" }).getByRole("button").press("Enter");
  await expect(page.getByLabel("Kiểu liên kết")).toBeFocused();
  await page.getByLabel("Kiểu liên kết").selectOption("DENIES");
  await page.getByRole("button", { name: "Liên kết", exact: true }).press("Enter");
  const link = page.getByTestId("link").filter({ hasText: "Triều Tiên cung cấp đạn dược cho Nga" });
  await expect(link).toContainText("phủ nhận");
  // Linked: said, with the focus on it, and the search open again for the next link.
  await expect(page.getByRole("status").filter({ hasText: "Đã liên kết hai tuyên bố." })).toBeFocused();
  await expect(page.getByRole("searchbox", { name: "Liên kết tới tuyên bố" })).toBeVisible();
  await link.getByRole("link").click();
  await expect(page.getByTestId("link").filter({ hasText: denial })).toContainText("bị phủ nhận bởi");
});

test("claimants are added with their other names, found by any of them, and merged", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/desk/claimants");
  const tag = Date.now().toString(36);
  await page.getByLabel("Tên", { exact: true }).fill(`Bộ Ngoại giao Nga ${tag}`);
  await page.getByLabel("Loại").selectOption("STATE_BODY");
  await page.getByLabel("Tên gọi khác (cách nhau bằng dấu phẩy)").fill(`MID ${tag}, Ngoại trưởng Lavrov ${tag}`);
  await page.getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByTestId(`claimant-Bộ Ngoại giao Nga ${tag}`)).toContainText(`MID ${tag}`);

  // The kind is chosen, never assumed: without it the form asks and keeps the name.
  await page.getByLabel("Tên", { exact: true }).fill(`Điện Kremlin ${tag}`);
  await page.getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByText("Hãy chọn đây là cá nhân, cơ quan nhà nước, cơ quan báo chí hay khác.")).toBeVisible();
  await expect(page.getByLabel("Tên", { exact: true })).toHaveValue(`Điện Kremlin ${tag}`);
  await page.getByLabel("Loại").selectOption("STATE_BODY");
  await page.getByRole("button", { name: "Thêm" }).click();
  await expect(page.getByTestId(`claimant-Điện Kremlin ${tag}`)).toBeVisible();

  await page.getByLabel("Tìm theo tên hoặc tên gọi khác").fill(`ngoai truong lavrov ${tag}`);
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId(`claimant-Bộ Ngoại giao Nga ${tag}`)).toBeVisible();

  await page.goto(`/desk/claimants?q=${tag}`);
  const row = page.getByTestId(`claimant-Điện Kremlin ${tag}`);
  await expect(row.getByLabel("Gộp vào")).toHaveValue("");
  await expect(row.getByRole("button", { name: "Gộp" })).toBeDisabled();
  await row.getByLabel("Gộp vào").selectOption({ label: `Bộ Ngoại giao Nga ${tag}` });
  await row.getByRole("button", { name: "Gộp" }).click();
  await expect(row.getByRole("group")).toContainText(`Gộp “Điện Kremlin ${tag}” vào “Bộ Ngoại giao Nga ${tag}”?`);
  await expect(page.getByTestId(`claimant-Điện Kremlin ${tag}`)).toHaveCount(1);
  await row.getByRole("group").getByRole("button", { name: "Gộp" }).click();
  await expect(page.getByTestId(`claimant-Điện Kremlin ${tag}`)).toHaveCount(0);
  await expect(page.getByTestId(`claimant-Bộ Ngoại giao Nga ${tag}`)).toContainText(`Điện Kremlin ${tag}`);
});

test("saving a claim the desk already holds asks first, and creates it only when the editor confirms", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/desk/claims/new");
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill("Kim Jong Un gặp Vladimir Putin tại sân bay vũ trụ Vostochny");
  await page.getByLabel("Loại", { exact: true }).selectOption("MEETING_OR_VISIT");
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Bàn làm việc đã có tuyên bố gần giống. Đây có phải là một tuyên bố mới không?");
  await expect(page.getByTestId("duplicate-check")).toContainText("Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023");
  await expect(page).toHaveURL(/\/desk\/claims\/new$/);
  await expect(page.getByLabel("Nội dung tuyên bố (tiếng Việt)")).toHaveValue("Kim Jong Un gặp Vladimir Putin tại sân bay vũ trụ Vostochny");
  await page.getByRole("button", { name: "Vẫn tạo tuyên bố mới" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kim Jong Un gặp Vladimir Putin tại sân bay vũ trụ Vostochny");
  // The kind chosen before the question is the kind saved.
  await expect(page.locator("select[name=kind]").first()).toHaveValue("MEETING_OR_VISIT");
});

test("evidence has no default stance: the form asks for one and keeps what was typed; once added, and after a workflow move, the focus stays in place", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/desk/claims/new");
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(`Tuyên bố cần lập trường (${Date.now().toString(36)})`);
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  if (await page.getByRole("button", { name: "Vẫn tạo tuyên bố mới" }).isVisible()) await page.getByRole("button", { name: "Vẫn tạo tuyên bố mới" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  await page.getByText("Thêm tài liệu bên ngoài").click();
  await expect(page.getByLabel("Lập trường")).toHaveValue("");
  // Several errors: the form's summary lists them, each a way to its field.
  await page.getByRole("button", { name: "Thêm bằng chứng" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Một số ô cần sửa." });
  await expect(summary.getByRole("link")).toHaveCount(3);
  await expect(page.getByLabel("Lập trường")).toBeFocused();
  await summary.getByRole("link", { name: "Hãy đặt tiêu đề cho tài liệu." }).click();
  await expect(page.getByLabel("Tiêu đề tài liệu")).toBeFocused();
  await page.getByLabel("Địa chỉ web").fill("https://example.org/stance-report");
  await page.getByLabel("Tiêu đề tài liệu").fill("Báo cáo chưa chọn lập trường");
  await page.getByRole("button", { name: "Thêm bằng chứng" }).click();
  // One error: said once, beside its field, which takes the focus; no summary above.
  await expect(summary).toHaveCount(0);
  await expect(page.getByText("Hãy chọn lập trường.")).toBeVisible();
  await expect(page.getByLabel("Lập trường")).toBeFocused();
  await expect(page.getByLabel("Tiêu đề tài liệu")).toHaveValue("Báo cáo chưa chọn lập trường");
  await page.getByLabel("Lập trường").selectOption("REFUTES");
  await page.getByRole("button", { name: "Thêm bằng chứng" }).press("Enter");
  await expect(page.getByTestId("evidence-refutes")).toContainText("Báo cáo chưa chọn lập trường");
  // The form is emptied for the next reference; the keyboard's place is what it said, not the top of the page.
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm bằng chứng." })).toBeFocused();
  await expect(page.getByLabel("Tiêu đề tài liệu")).toHaveValue("");
  // The same reference with the same stance again is refused: said once, beside the address, which has the focus.
  await page.getByLabel("Lập trường").selectOption("REFUTES");
  await page.getByLabel("Địa chỉ web").fill("https://example.org/stance-report");
  await page.getByLabel("Tiêu đề tài liệu").fill("Báo cáo chưa chọn lập trường");
  await page.getByRole("button", { name: "Thêm bằng chứng" }).click();
  const repeated = page.getByText("Tuyên bố này đã có bằng chứng này với lập trường này.");
  await expect(repeated.first()).toBeVisible();
  await expect(repeated).toHaveCount(1);
  await expect(page.getByLabel("Địa chỉ web")).toBeFocused();
  await expect(page.getByLabel("Địa chỉ web")).toHaveAccessibleDescription("Tuyên bố này đã có bằng chứng này với lập trường này.");
  // A move of the workflow redraws its panel: the focus is on what it did, in the panel, before the next step.
  await page.getByRole("button", { name: "Bắt đầu kiểm chứng" }).press("Enter");
  await expect(page.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
  const moved = page.getByTestId("workflow").getByRole("status");
  await expect(moved).toBeFocused();
  await expect(moved).toHaveText("Đã bắt đầu kiểm chứng.");
});
