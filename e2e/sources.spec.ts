// Importing articles through the screen, and reading and correcting sources, in a real Chromium.
import path from "node:path";
import { test, expect } from "./fixtures";
import { savedPage } from "../test/web-archive-file";

const DOSSIER = path.resolve("fixtures/articles/dossier-the-chien-quoc-bac-trieu-tien-1.txt");

function freshArticle(tag: string): string {
  return [
    `Kim Jong Un thị sát nhà máy ${tag}`,
    "",
    "Đăng ngày: 15/09/2023 - 09:30",
    "",
    "Reuters",
    "",
    "Vui lòng kích hoạt javascript",
    "",
    `Nhà lãnh đạo Triều Tiên Kim Jong Un hôm thứ Sáu đã thị sát một nhà máy sản xuất máy bay ở Komsomolsk-on-Amur, theo hãng tin Reuters. Mã bài ${tag}.`,
    "",
    "### **Hợp tác quân sự**",
    "",
    "Điện Kremlin nói hai bên không ký thỏa thuận nào về vũ khí trong chuyến thăm.",
    "",
    "ĐỌC THÊM",
    "",
    "Tags: , ,",
  ].join("\n");
}

test("an editor pastes an article, corrects its details in the preview, and saves it", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources/import");
  const tag = `e2e-${Date.now().toString(36)}`;
  await page.getByLabel("Tên văn bản").fill(`${tag}.txt`);
  await page.getByLabel("Văn bản", { exact: true }).fill(freshArticle(tag));
  await page.getByRole("button", { name: "Xem trước" }).click();

  const card = page.getByTestId("preview-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel("Tiêu đề")).toHaveValue(`Kim Jong Un thị sát nhà máy ${tag}`);
  await expect(card.getByLabel("Ngày", { exact: true })).toHaveValue("2023-09-15T09:30");
  await expect(card.getByLabel("Hãng tin")).toHaveValue("Reuters");
  await expect(card).toContainText("Hợp tác quân sự");
  await card.getByText("Xem văn bản đã làm sạch").click();
  await expect(card.locator(".preview-text")).not.toContainText("ĐỌC THÊM");
  await expect(card.locator(".preview-text")).not.toContainText("javascript");
  await shot(page, "import-preview");

  // A bad date is refused next to its field; everything typed stays.
  await card.getByLabel("Cơ quan báo chí").fill("VOA");
  await card.getByLabel("Ngày", { exact: true }).fill("2023-02-30");
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(card.locator(".error")).toHaveText("Ngày đăng: hãy nhập ngày dạng 21/9/2023 10:15, 21/9/2023 hoặc 2023-09-21.");
  await expect(card.getByLabel("Ngày", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByLabel("Cơ quan báo chí")).toHaveValue("VOA");

  await card.getByLabel("Ngày", { exact: true }).fill("2023-09-15");
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  await shot(page, "import-done");
  await page.getByRole("link", { name: `Kim Jong Un thị sát nhà máy ${tag}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Kim Jong Un thị sát nhà máy ${tag}` })).toBeVisible();
  await expect(page.locator(".byline")).toContainText("15 tháng 9");
  await expect(page.locator(".byline")).toContainText("VOA");
  await expect(page.locator(".source-text h2")).toHaveText("Hợp tác quân sự");
  await page.getByText("Văn bản gốc khi nhập").click();
  await expect(page.locator(".raw pre")).toContainText("ĐỌC THÊM");
});

test("uploading the dossier again finds its 26 articles already in the desk, as one line, and offers nothing to save", async ({ page, signInAs }) => {
  await signInAs(page, "REVIEWER");
  await page.goto("/sources/import");
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles(DOSSIER);
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByRole("heading", { name: /^26 nguồn từ/ })).toBeVisible();
  // Known articles are one summary line, not 26 editable cards; opened, it lists them with links.
  await expect(page.getByTestId("preview-card")).toHaveCount(0);
  await page.getByText("26 bài đã có trong bàn làm việc").click();
  await expect(page.getByTestId("already-in-desk").getByRole("link", { name: "Mở bản đã có" })).toHaveCount(26);
  // The save button counts what it would store: nothing here, and it says so instead of offering to save 26.
  await expect(page.locator(".sticky-actions").getByRole("button", { name: "Không có gì mới để lưu: mọi bài đã có trong bàn làm việc" })).toBeDisabled();
  await expect(page.getByRole("button", { name: /^Lưu \d+ nguồn$/ })).toHaveCount(0);
});

test("an unreadable upload is named, and nothing else is lost", async ({ page, signInAs }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources/import");
  await page.getByLabel("Văn bản", { exact: true }).fill(freshArticle(`mixed-${Date.now().toString(36)}`));
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]) });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Không đọc được một số tệp:")).toBeVisible();
  await expect(page.getByText(/photo\.txt/)).toBeVisible();
  await expect(page.getByTestId("preview-card")).toHaveCount(1);
});

test("a page saved as one file (.mhtml) previews like the page, with the address it was saved from", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources/import");
  const tag = Date.now().toString(36);
  const title = `Tàu hàng Nga chở ngũ cốc tới cảng Rajin của Triều Tiên (${tag})`;
  const address = `https://tinbiengioi.example/the-gioi/tau-hang-rajin-${tag}.html`;
  const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title} - Tin Biên Giới</title><meta property="og:site_name" content="Tin Biên Giới"></head>
<body><nav>Trang chủ | Thế giới</nav><article><h1>${title}</h1><time datetime="2026-12-02T14:30:00+07:00">02/12/2026 14:30</time>
<p>Một tàu hàng của Nga đã cập cảng Rajin với khoảng 3.000 tấn ngũ cốc, theo hãng thông tấn Interfax dẫn lời nhà chức trách cảng Vladivostok.</p>
<p>Bình Nhưỡng chưa bình luận về chuyến hàng, chuyến thứ ba trong năm nay theo cùng nguồn tin.</p></article><footer>© Tin Biên Giới</footer></body></html>`;
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles({ name: `tau-hang-${tag}.mhtml`, mimeType: "multipart/related", buffer: savedPage(html, address) });
  await page.getByRole("button", { name: "Xem trước" }).click();
  const card = page.getByTestId("preview-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel("Tiêu đề")).toHaveValue(title);
  await expect(card.getByLabel("Địa chỉ gốc")).toHaveValue(address);
  await expect(card.getByText(/3\.000 tấn ngũ cốc/).first()).toBeVisible();
  await shot(page, "import-mhtml");
});

test("sources are found by title without diacritics and filtered by outlet", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources");
  await page.getByLabel("Tìm theo tiêu đề").fill("khu trung ghe");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("link", { name: "An ninh Triều Tiên khử trùng ghế của Kim Jong Un tại cuộc họp với Putin" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 nguồn");
  await page.goto("/sources");
  await page.getByLabel("Cơ quan báo chí").selectOption("RFI");
  await page.getByRole("button", { name: "Lọc" }).click();
  const outlets = page.locator("tbody tr td:nth-child(3)");
  await expect(outlets.first()).toHaveText("RFI");
  for (const text of await outlets.allTextContents()) expect(text).toBe("RFI");
  await shot(page, "sources-list");
});

test("two editors save the same source: the second sees a conflict with both versions and keeps its text", async ({ browser, baseURL, signInAs, page }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources?q=thuong%20dinh%20putin-kim");
  await page.getByRole("link", { name: /Thượng đỉnh Putin-Kim/ }).click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
  const url = page.url();
  const other = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.251" } })).newPage();
  await signInAs(other, "EDITOR");
  await other.goto(url);

  const mine = `Góc nhìn ${Date.now().toString(36)}`;
  await page.getByLabel("Tác giả").fill("Biên tập A");
  await other.getByLabel("Tác giả").fill("Biên tập B");
  await other.getByRole("button", { name: "Lưu" }).click();
  await expect(other.getByText("Đã lưu.")).toBeVisible();

  await page.getByLabel("Tiêu đề").fill(mine);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.locator(".notice.error")).toContainText("Người khác vừa lưu nguồn này.");
  await expect(page.getByLabel("Tác giả")).toHaveValue("Biên tập A");
  await expect(page.getByLabel("Tiêu đề")).toHaveValue(mine);
  await expect(page.getByTestId("theirs-author")).toContainText("Biên tập B");
  // Saving again, now over the stored version, goes through.
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: mine })).toBeVisible();
  await other.context().close();
});

test("the file picker and the date fields speak the page's language, not the browser's", async ({ page, signInAs }) => {
  await signInAs(page, "REVIEWER");
  await page.goto("/sources/import");
  // The browser's own button ("Choose Files") is hidden; the page's stands in its place and says what was chosen.
  const picker = page.getByLabel("Hoặc tải tệp lên");
  await expect(page.getByText("Chọn tệp", { exact: true })).toBeVisible();
  await expect(picker).toHaveAccessibleDescription("Chưa chọn tệp nào.");
  // Still reached and opened from the keyboard.
  await picker.focus();
  await expect(picker).toBeFocused();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(DOSSIER);
  await expect(picker).toHaveAccessibleDescription(`Đã chọn: ${path.basename(DOSSIER)}`);
  // Date fields: the browser writes "mm/dd/yyyy" in its own language; the page says how to fill them in the page's.
  for (const [url, label] of [
    ["/sources", "Từ ngày"],
    ["/claims", "Công bố từ ngày"],
  ] as const) {
    await page.goto(url);
    await expect(page.getByLabel(label)).toHaveAccessibleDescription("Gõ ngày, tháng và năm theo thứ tự trong ô, hoặc chọn trên lịch.");
  }
});
