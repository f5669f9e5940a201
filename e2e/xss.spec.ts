// Hostile content: script payloads typed into every field people write, then every page that shows them,
// rendered in Chromium. No dialog may open, no script may run, and the CSP must not even be tested.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const PAYLOADS = [
  `<script>alert("s1")</script>`,
  `<img src=x onerror=alert("s2")>`,
  `"><svg onload=alert("s3")>`,
  `</textarea><script>alert("s4")</script>`,
  `</script><script>alert("s5")</script>`,
  `<a href="javascript:alert('s6')">s6</a>`,
  `<iframe srcdoc="<script>alert('s7')</script>"></iframe>`,
  `{{constructor.constructor('alert("s8")')()}}`,
];
const ALL = PAYLOADS.join(" ");

/** Records dialogs, page errors and CSP reports on a page; the test fails if any appear. */
function watch(page: Page, seen: string[]) {
  page.on("dialog", async (dialog) => {
    seen.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => seen.push(`pageerror: ${error.message}`));
}

test("script payloads in articles, claims, claimants, notes, rationale and searches render as text", async ({ browser, signInAs }) => {
  test.setTimeout(180_000);
  const seen: string[] = [];
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();
  const visitor = await (await browser.newContext()).newPage();
  for (const page of [editor, reviewer, admin, visitor]) watch(page, seen);
  await signInAs(editor, "EDITOR");
  await signInAs(reviewer, "REVIEWER");
  await signInAs(admin, "ADMIN");
  const tag = Date.now().toString(36);

  // An article whose title and text carry the payloads.
  await editor.goto("/sources/import");
  await editor.getByLabel("Tên văn bản").fill(`xss-${tag}.txt`);
  await editor.getByLabel("Văn bản", { exact: true }).fill([`Bài thử ${tag} ${PAYLOADS[1]}`, "", "VOA, 14/09/2023", "", `Đoạn văn chứa mã độc ${tag}: ${ALL}`, "", `Đoạn thứ hai ${PAYLOADS[0]}.`].join("\n"));
  await editor.getByRole("button", { name: "Xem trước" }).click();
  await editor.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(editor.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  await editor.getByRole("link", { name: new RegExp(`Bài thử ${tag}`) }).click();
  await expect(editor.locator(".source-text")).toContainText(PAYLOADS[0]!);
  const sourceUrl = editor.url();

  // A claim, its claimant and gloss, and evidence with a note, all carrying payloads.
  await editor.goto("/desk/claims/new");
  const wording = `Tuyên bố thử ${tag} ${ALL}`;
  await editor.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(wording);
  await editor.getByLabel("Người/cơ quan đưa ra").fill(`Người ${tag} ${PAYLOADS[2]}`);
  // A claimant new to the desk is added by choice, with its kind.
  await editor.getByRole("checkbox", { name: /làm người đưa ra mới/ }).check();
  await editor.getByLabel("Loại của người đưa ra mới").selectOption("PERSON");
  await editor.getByRole("button", { name: "Tạo tuyên bố" }).click();
  if (await editor.getByRole("button", { name: "Vẫn tạo tuyên bố mới" }).isVisible()) await editor.getByRole("button", { name: "Vẫn tạo tuyên bố mới" }).click();
  await expect(editor).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  const claimUrl = editor.url();
  await editor.getByText("Thêm tài liệu bên ngoài").click();
  await editor.getByLabel("Địa chỉ web").fill("https://example.org/xss");
  await editor.getByLabel("Tiêu đề tài liệu").fill(`Tài liệu ${PAYLOADS[3]}`);
  await editor.getByLabel("Ghi chú").fill(`Ghi chú ${PAYLOADS[4]}`);
  await editor.getByLabel("Lập trường").selectOption("SUPPORTS");
  await editor.getByRole("button", { name: "Thêm bằng chứng" }).click();
  await expect(editor.getByTestId("evidence-supports")).toContainText(PAYLOADS[4]!);

  // A proposal whose summary and Markdown rationale carry payloads, approved by a second person.
  await editor.getByRole("button", { name: "Bắt đầu kiểm chứng" }).click();
  const form = editor.getByTestId("proposal-verdict");
  await form.getByLabel("Kết luận").selectOption("FALSE");
  await form.getByLabel("Tóm tắt").fill(`Sai ${PAYLOADS[5]}`);
  await form.getByLabel("Lập luận").fill(`Lập luận ${ALL}\n\n[bấm vào đây](javascript:alert("s9")) và ![ảnh](javascript:alert("s10"))`);
  await form.getByRole("checkbox").first().check();
  await form.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(editor.getByTestId("open-proposal")).toBeVisible();
  await reviewer.goto(claimUrl);
  await reviewer.getByTestId("review-form").getByLabel("Duyệt và công bố").check();
  await reviewer.getByTestId("review-form").getByRole("button", { name: "Gửi quyết định" }).click();
  await expect(reviewer.getByTestId("claim-state")).toHaveText("Đã công bố");
  const publicUrl = (await reviewer.getByRole("link", { name: "Xem trang công khai" }).getAttribute("href"))!;

  // Every page that shows them, to each kind of reader.
  const visits: [Page, string][] = [
    [editor, sourceUrl],
    [editor, claimUrl],
    [editor, "/desk/claims"],
    [editor, "/desk"],
    [reviewer, "/desk"],
    [admin, "/admin/audit"],
    [visitor, publicUrl],
    [visitor, "/"],
    [visitor, `/claims?q=${encodeURIComponent(`${tag} ${PAYLOADS[0]}`)}`],
    [visitor, `/claims?q=${encodeURIComponent(PAYLOADS[1]!)}`],
    [editor, `/sources?q=${encodeURIComponent(PAYLOADS[0]!)}`],
  ];
  for (const [page, url] of visits) {
    const response = await page.goto(url);
    // Signed-in readers get a nonce; anonymous visitors (cached pages) the hashes of the framework's scripts only.
    expect(response?.headers()["content-security-policy"], url).toMatch(page === visitor ? /script-src 'self'( 'sha256-[^']+')+;/ : /script-src 'self' 'nonce-/);
    await page.waitForLoadState("networkidle");
  }
  // The public page shows the claim's payloads as text; the rationale's raw HTML is dropped, not rendered,
  // and its Markdown link and image lost their javascript: addresses.
  await visitor.goto(publicUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(wording);
  await expect(visitor.getByTestId("summary")).toHaveText(`Sai ${PAYLOADS[5]}`);
  await expect(visitor.locator(".markdown")).toContainText("Lập luận");
  await expect(visitor.locator(".markdown").locator("script, img, svg, iframe")).toHaveCount(0);
  await expect(visitor.locator('.markdown a[href^="javascript"]')).toHaveCount(0);
  expect(seen).toEqual([]);
});
