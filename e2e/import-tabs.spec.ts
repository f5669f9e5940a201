// One editor, two tabs: both preview at the same time and both save what they previewed (a preview no longer drops the
// account's other draft); an upload with a hostile name is previewed under a clean name, said in one line.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const article = (headline: string, tag: string) =>
  [
    headline,
    "",
    "Hà Nội, 21/09/2023 10:15",
    "",
    `Đoàn công tác của tỉnh đã làm việc với đối tác về dự án cảng biển, theo thông báo của Sở Ngoại vụ hôm thứ Năm (${tag}).`,
    "",
    `Hai bên dự kiến ký biên bản ghi nhớ tại thành phố Vinh, theo kế hoạch đã được thống nhất (${tag}).`,
  ].join("\n");

async function fillPaste(page: Page, name: string, text: string) {
  await page.goto("/sources/import");
  await page.getByLabel("Tên văn bản").fill(name);
  await page.getByLabel("Văn bản", { exact: true }).fill(text);
}

test("two tabs of one account preview at the same time, and each saves what it previewed", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  const other = await page.context().newPage(); // the same account's second tab
  const tag = `tabs-${Date.now().toString(36)}`;
  const headlines = [`Tab một: hợp tác cảng biển ${tag}`, `Tab hai: hợp tác cảng biển ${tag}`];
  await fillPaste(page, `${tag}-1.txt`, article(headlines[0]!, `${tag}-1`));
  await fillPaste(other, `${tag}-2.txt`, article(headlines[1]!, `${tag}-2`));

  // Pasted in both, previewed at once.
  await Promise.all([page.getByRole("button", { name: "Xem trước" }).click(), other.getByRole("button", { name: "Xem trước" }).click()]);
  for (const [tab, headline] of [[page, headlines[0]!], [other, headlines[1]!]] as const) {
    const card = tab.getByTestId("preview-card");
    await expect(card).toHaveCount(1);
    await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
    await expect(tab.getByRole("button", { name: "Lưu 1 nguồn" })).toBeEnabled();
  }
  await shot(other, "import-second-tab");

  // The first tab saves after the second has previewed; then the second.
  for (const [tab, headline] of [[page, headlines[0]!], [other, headlines[1]!]] as const) {
    await tab.getByRole("button", { name: "Lưu 1 nguồn" }).click();
    await expect(tab.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
    await expect(tab.getByRole("link", { name: headline })).toBeVisible();
  }
});

test("an upload with a hostile name is shown and saved under a clean one, said in one line", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  const tag = `name-${Date.now().toString(36)}`;
  await page.goto("/sources/import");
  // A direction override makes "txt.exe" read as "exe.txt"; the name is also far too long.
  const hostile = `${"rất dài ".repeat(60)}báo cáo ${tag}\u202etxt.exe`;
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: hostile, mimeType: "text/plain", buffer: Buffer.from(article(`Tin tải lên ${tag}`, tag), "utf8") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("preview-card")).toHaveCount(1);
  const notice = page.getByTestId("file-renamed");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Tên tệp chứa ký tự không thể giữ trong tên");
  const heading = page.getByRole("heading", { level: 2 }).first();
  const shown = (await heading.textContent()) ?? "";
  expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u001f]/);
  expect(shown).not.toContain(tag); // cut: the name kept is at most 255 characters, its end dropped
  await shot(page, "import-renamed-upload");
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
});
