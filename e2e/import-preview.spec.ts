// A new editor's import: a banner taken for the title is corrected in one step, a URL and a date typed as pages
// print it, warnings read in Vietnamese and English, and the outlet's next article comes in already corrected.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Every POST the page sends from now on, with its body as text (filled in as they go). */
function postsOf(page: Page): { url: string; body: string }[] {
  const posts: { url: string; body: string }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push({ url: r.url(), body: r.postDataBuffer()?.toString("utf8") ?? "" });
  });
  return posts;
}

const BANNER = "Đọc báo in mỗi sáng cùng ứng dụng Báo Nghệ An";

const article = (headline: string, tag: string) =>
  [
    BANNER,
    "",
    headline,
    "",
    `(Báo Nghệ An) - Đoàn công tác của tỉnh đã làm việc với đối tác Nga về dự án cảng biển, theo thông báo của Sở Ngoại vụ hôm thứ Năm (${tag}).`,
    "",
    "Hai bên dự kiến ký biên bản ghi nhớ hôm 25/09/2023 tại thành phố Vinh, theo kế hoạch đã được thống nhất.",
  ].join("\n");

test("an editor corrects a banner's role, types a URL and a date, and the outlet's next import applies the profile", async ({ page, signInAs, baseURL, shot }) => {
  await signInAs(page, "EDITOR");
  const tag = `e2e-${Date.now().toString(36)}`;
  const headline = `Nghệ An mở rộng hợp tác cảng biển với đối tác Nga ${tag}`;
  await page.goto("/sources/import");
  await page.getByLabel("Tên văn bản").fill(`${tag}.txt`);
  await page.getByLabel("Văn bản", { exact: true }).fill(article(headline, tag));
  await page.getByRole("button", { name: "Xem trước" }).press("Enter");

  const card = page.getByTestId("preview-card");
  await expect(card).toHaveCount(1);
  // The form that had the focus is gone: the keyboard's place is the preview's heading, not the top of the page.
  await expect(page.getByRole("heading", { level: 2, name: `1 nguồn từ “${tag}.txt”` })).toBeFocused();
  // The layout model took the app banner for the headline.
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(BANNER);
  await expect(card.getByRole("list", { name: "Cảnh báo" })).toContainText("Không tìm thấy ngày đăng.");
  const bannerRole = card.getByRole("combobox", { name: `Vai trò của dòng “${BANNER}”` });
  await expect(bannerRole).toHaveValue("title");

  // One correction, made with the keyboard: the banner is page furniture; the headline becomes the title at once.
  await bannerRole.focus();
  await bannerRole.selectOption("furniture");
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(headline);
  await expect(card.getByRole("combobox", { name: `Vai trò của dòng “${BANNER}”` })).toHaveValue("furniture");
  await card.getByText("Xem văn bản đã làm sạch").click();
  await expect(card.locator(".preview-text")).not.toContainText(BANNER);

  // A bad address is refused beside its field, and nothing typed is lost.
  await card.getByLabel("Địa chỉ gốc").fill("javascript:alert(1)");
  await card.getByLabel("Ngày", { exact: true }).fill("21/9/2023 10:15");
  await expect(card.getByRole("list", { name: "Cảnh báo" })).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(card.getByLabel("Địa chỉ gốc")).toHaveAttribute("aria-invalid", "true");
  await expect(card.locator(".error")).toHaveText("Hãy nhập địa chỉ web bắt đầu bằng http:// hoặc https://.");
  await expect(card.getByLabel("Ngày", { exact: true })).toHaveValue("21/9/2023 10:15");
  const url = `https://baonghean.vn/hop-tac-cang-bien-${tag}.html`;
  await card.getByLabel("Địa chỉ gốc").fill(url);
  await shot(page, "import-preview-line-roles");
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  await page.getByRole("link", { name: headline }).click();

  // The reader: the headline, the date as typed, the address as a link, the remaining warning in Vietnamese.
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.locator(".byline")).toContainText("21 tháng 9");
  await expect(page.getByTestId("source-url")).toHaveAttribute("href", url);
  const warnings = page.getByRole("list", { name: "Cảnh báo" });
  await expect(warnings).toHaveText("Nội dung nhắc đến ngày 2023-09-25, sau ngày đăng 2023-09-21.");
  await expect(warnings).not.toContainText("Không tìm thấy ngày đăng");
  await shot(page, "reader-url-warnings");

  // The same warning for an English reader.
  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await page.reload();
  await expect(page.getByRole("list", { name: "Warnings" })).toHaveText("The text mentions 2023-09-25, after the publication date 2023-09-21.");
  await page.context().addCookies([{ name: "locale", value: "vi", url: baseURL! }]);

  // The outlet's next article: the banner is furniture without anyone saying so, and the screen says why.
  const nextHeadline = `Tàu Nga cập cảng Cửa Lò lần đầu tiên ${tag}`;
  await page.goto("/sources/import");
  await page.getByLabel("Văn bản", { exact: true }).fill(article(nextHeadline, `${tag}-2`));
  await page.getByRole("button", { name: "Xem trước" }).click();
  const next = page.getByTestId("preview-card");
  await expect(next.getByLabel("Tiêu đề", { exact: true })).toHaveValue(nextHeadline);
  await expect(next.getByTestId("profile-applied")).toHaveText("Đã áp dụng hồ sơ trang báo “Báo Nghệ An”.");
  await expect(next.getByRole("combobox", { name: `Vai trò của dòng “${BANNER}”` })).toHaveValue("furniture");
});

test("an admin sees and edits what editors taught the importer about an outlet", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  const tag = `e2e-admin-${Date.now().toString(36)}`;
  await page.goto("/sources/import");
  await page.getByLabel("Văn bản", { exact: true }).fill(article(`Nghệ An đón đoàn doanh nghiệp Nga ${tag}`, tag).replaceAll("Báo Nghệ An", "Báo Thái Nguyên"));
  await page.getByRole("button", { name: "Xem trước" }).click();
  const banner = BANNER.replace("Báo Nghệ An", "Báo Thái Nguyên");
  await page.getByRole("combobox", { name: `Vai trò của dòng “${banner}”` }).selectOption("furniture");
  await expect(page.getByTestId("preview-card").getByLabel("Tiêu đề", { exact: true })).toHaveValue(`Nghệ An đón đoàn doanh nghiệp Nga ${tag}`);
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, "ADMIN");
  await page.goto("/admin/outlet-profiles");
  const profile = page.getByTestId("outlet-profile").filter({ has: page.getByRole("heading", { name: "Báo Thái Nguyên" }) });
  const furniture = profile.getByLabel("Mẫu dòng thành phần trang (mỗi dòng một mẫu)");
  await expect(furniture).toHaveValue("doc bao in moi sang cung ung dung bao thai nguyen");
  await furniture.fill("doc bao in moi sang cung ung dung bao thai nguyen\n5 phút trước");
  await profile.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(profile.getByRole("status")).toHaveText("Đã lưu hồ sơ.");
  await expect(profile.getByLabel("Mẫu dòng thành phần trang (mỗi dòng một mẫu)")).toHaveValue("doc bao in moi sang cung ung dung bao thai nguyen\n# phut truoc");
  await page.goto("/admin/audit?objectType=OutletProfile");
  const change = page.getByTestId("audit-event").filter({ hasText: "Sửa hồ sơ trang báo" }).filter({ hasText: "# phut truoc" }).first();
  await expect(change.locator("ins", { hasText: "# phut truoc" })).toBeVisible();
});

test("an uploaded file's text stays on the server: the preview does not send it back, and a role change and the save name the draft instead", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  const tag = `e2e-upload-${Date.now().toString(36)}`;
  const headline = `Nghệ An khánh thành bến cảng tổng hợp mới ${tag}`;
  // An outlet of its own: the first test teaches Báo Nghệ An's profile, which would take the banner out already.
  const banner = BANNER.replace("Báo Nghệ An", "Báo Hà Tĩnh");
  const text = article(headline, tag).replaceAll("Báo Nghệ An", "Báo Hà Tĩnh");
  // A sentence of the body that only the file holds: it must not travel back and forth.
  const bodySentence = "Hai bên dự kiến ký biên bản ghi nhớ hôm 25/09/2023";
  const posts = postsOf(page);
  // The answers, read as they pass (a streamed answer's body is not kept by the browser once the page has used it).
  const answers: string[] = [];
  await page.route("**/sources/import/preview", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    const body = await response.text();
    answers.push(body);
    await route.fulfill({ response, body });
  });
  await page.goto("/sources/import");
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: `${tag}.txt`, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: "Xem trước" }).click();
  const card = page.getByTestId("preview-card");
  await expect(card).toHaveCount(1);
  const answer = answers[0] ?? "";
  expect(answer, "the preview's answer").toContain(tag);
  // The first page's cleaned text comes with it, but not the file as uploaded.
  expect(answer, "the preview's answer carries no file text").not.toContain(text.slice(0, 200).replaceAll("\n", "\\n"));
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(banner);

  // A role change re-reads the file from the draft: the request carries no text.
  const before = posts.length;
  await card.getByRole("combobox", { name: `Vai trò của dòng “${banner}”` }).selectOption("furniture");
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
  const reread = posts.slice(before);
  expect(reread.length).toBeGreaterThan(0);
  for (const post of reread) expect(post.body).not.toContain(bodySentence);

  // The save names the draft and the file; the text stored is the file's.
  const beforeSave = posts.length;
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  const saves = posts.slice(beforeSave);
  expect(saves.length).toBeGreaterThan(0);
  for (const post of saves) expect(post.body).not.toContain(bodySentence);
  await page.getByRole("link", { name: headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText(bodySentence).first()).toBeVisible();
});

test("a pasted text stays on the server too: a role change and the save name the draft, and a text edited after the preview is what is saved", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  const tag = `e2e-paste-${Date.now().toString(36)}`;
  const headline = `Hà Tĩnh khởi công cầu cảng nước sâu ${tag}`;
  // An outlet of its own: the first test teaches Báo Nghệ An's profile, which would take the banner out already.
  const banner = BANNER.replace("Báo Nghệ An", "Báo Quảng Bình");
  const text = article(headline, tag).replaceAll("Báo Nghệ An", "Báo Quảng Bình");
  const bodySentence = "Hai bên dự kiến ký biên bản ghi nhớ hôm 25/09/2023";
  const posts = postsOf(page);
  await page.goto("/sources/import");
  const box = page.getByLabel("Văn bản", { exact: true });
  await box.fill(text);
  await page.getByRole("button", { name: "Xem trước" }).click();
  const card = page.getByTestId("preview-card");
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(banner);
  // The preview sent the text once.
  expect(posts.filter((p) => p.body.includes(bodySentence))).toHaveLength(1);

  // A role change re-reads the text the draft keeps: the request carries none.
  let before = posts.length;
  await card.getByRole("combobox", { name: `Vai trò của dòng “${banner}”` }).selectOption("furniture");
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
  expect(posts.length).toBeGreaterThan(before);
  for (const post of posts.slice(before)) expect(post.body).not.toContain(bodySentence);

  // Back to the text, which the screen still holds: the editor changes a sentence and previews again.
  await page.getByRole("button", { name: "Quay lại sửa văn bản" }).click();
  await expect(box).toHaveValue(text);
  const editedSentence = `Hai bên đã ký biên bản ghi nhớ ngay trong buổi làm việc ${tag}.`;
  await box.fill(text.replace(/Hai bên dự kiến ký biên bản ghi nhớ[^\n]*/, editedSentence));
  before = posts.length;
  await page.getByRole("button", { name: "Xem trước" }).click();
  // A new preview starts from the model's roles again (a correction becomes the outlet's profile only when saved).
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(banner);
  expect(posts.slice(before).filter((p) => p.body.includes(editedSentence))).toHaveLength(1);
  before = posts.length;
  await card.getByRole("combobox", { name: `Vai trò của dòng “${banner}”` }).selectOption("furniture");
  await expect(card.getByLabel("Tiêu đề", { exact: true })).toHaveValue(headline);
  for (const post of posts.slice(before)) expect(post.body).not.toContain(editedSentence);

  // The save names the new draft: neither text travels again, and the edited one is stored.
  before = posts.length;
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  for (const post of posts.slice(before)) {
    expect(post.body).not.toContain(editedSentence);
    expect(post.body).not.toContain(bodySentence);
  }
  await page.getByRole("link", { name: headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText(editedSentence).first()).toBeVisible();
  await expect(page.getByText(bodySentence)).toHaveCount(0);
});
