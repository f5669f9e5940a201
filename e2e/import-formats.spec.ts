// Saved e-mails and Word documents uploaded through the import screen in a real Chromium: previewed with the right
// title and text, saved, read in the reader; a file the import cannot read named beside the upload in one line.
import { test, expect } from "./fixtures";
import { docx, entity, message, multipart, para, table } from "../test/zip-file";
import { quotedPrintable } from "../test/web-archive-file";

test("a forwarded e-mail and a Word document preview with their titles and text, save, and read in the reader", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources/import");
  const tag = Date.now().toString(36);

  const mailTitle = `Nga và Triều Tiên mở thêm tuyến tàu hàng qua sông Tumen (${tag})`;
  const mailLead = `Hai bên đã thống nhất mở thêm hai chuyến tàu hàng mỗi tuần qua cầu Hữu Nghị, theo hãng thông tấn KCNA. Mã bài ${tag}.`;
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div dir="ltr">Chị xem bài này nhé<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">` +
    `---------- Forwarded message ---------<br>From: Bản tin Biên Giới &lt;bantin@biengioi.example&gt;<br>Date: Thu, Dec 3, 2026 at 8:00 AM<br>Subject: ${mailTitle}<br>To: &lt;lan@toasoan.vn&gt;<br></div><br>` +
    `<div><p>${mailLead}</p><p>Chuyến đầu tiên dự kiến khởi hành từ ga Khasan vào tháng Một năm sau, chở hàng hóa dân sự.</p></div></div></div></body></html>`;
  const mail = message(
    { subject: `=?UTF-8?B?${Buffer.from(`Fwd: ${mailTitle}`).toString("base64")}?=` },
    multipart("alternative", `alt-${tag}`, [
      entity({ type: "text/plain; charset=UTF-8", body: `${mailTitle}\r\n\r\n${mailLead}` }),
      entity({ type: "text/html; charset=UTF-8", transfer: "quoted-printable", body: quotedPrintable(Buffer.from(html, "utf8")) }),
    ]),
  );

  const docTitle = `Thông cáo: sản lượng lúa gạo vùng Đồng bằng sông Cửu Long (${tag})`;
  const docLead = `Sản lượng lúa gạo xuất khẩu của vùng Đồng bằng sông Cửu Long trong tháng 11 tăng mạnh so với cùng kỳ, theo số liệu của các sở. Mã ${tag}.`;
  const word = docx(
    [
      para(docTitle, "Title"),
      para(docLead),
      para("Số liệu theo năm", "Heading2"),
      table([
        ["Năm", "Sản lượng (tấn)"],
        ["2025", "4.500"],
        ["2026", "11.200"],
      ]),
      para("Các doanh nghiệp cho biết nhu cầu từ Philippines sẽ còn cao đến đầu năm sau."),
    ].join(""),
  );

  await page.getByLabel("Hoặc tải tệp lên").setInputFiles([
    { name: `ban-tin-${tag}.eml`, mimeType: "message/rfc822", buffer: mail },
    { name: `thong-cao-${tag}.docx`, mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: word },
  ]);
  await page.getByRole("button", { name: "Xem trước" }).click();
  const cards = page.getByTestId("preview-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByLabel("Tiêu đề")).toHaveValue(mailTitle);
  await expect(cards.nth(1).getByLabel("Tiêu đề")).toHaveValue(docTitle);
  await cards.nth(0).getByText("Xem văn bản đã làm sạch").click();
  await expect(cards.nth(0).locator(".preview-text")).toContainText(mailLead);
  await expect(cards.nth(0).locator(".preview-text")).not.toContainText("Forwarded message");
  await expect(cards.nth(0).locator(".preview-text")).not.toContainText("bantin@biengioi.example");
  // the Date header is when the e-mail was sent: no date is read, and the preview says so
  await expect(cards.nth(0).getByLabel("Ngày", { exact: true })).toHaveValue("");
  await cards.nth(1).getByText("Xem văn bản đã làm sạch").click();
  await expect(cards.nth(1).locator(".preview-text")).toContainText("2026 | 11.200");
  await shot(page, "import-eml-docx");

  await page.getByRole("button", { name: "Lưu 2 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 2 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  const docHref = await page.getByRole("link", { name: docTitle }).getAttribute("href");
  await page.getByRole("link", { name: mailTitle }).click();
  await expect(page.getByRole("heading", { level: 1, name: mailTitle })).toBeVisible();
  await expect(page.locator(".source-text")).toContainText(mailLead);
  await expect(page.locator(".source-text")).not.toContainText("Chị xem bài này");

  await page.goto(docHref as string);
  await expect(page.getByRole("heading", { level: 1, name: docTitle })).toBeVisible();
  await expect(page.locator(".source-text h2")).toHaveText("Số liệu theo năm");
  await expect(page.locator(".source-text")).toContainText(docLead);
  await expect(page.locator(".source-text")).toContainText("11.200");
  await shot(page, "import-docx-reader");
});

test("an old .doc and a damaged .docx are each named beside the upload with the line saying what to do", async ({ page, signInAs, shot }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/sources/import");
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);
  const word = docx(para("Một đoạn văn bất kỳ đủ dài để có nội dung trong tài liệu."));
  await page.getByLabel("Hoặc tải tệp lên").setInputFiles([
    { name: "thong-cao-cu.doc", mimeType: "application/msword", buffer: ole },
    { name: "bi-cat.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: word.subarray(0, word.length - 40) },
  ]);
  // The server's answer handed over whole, as it arrives when the server is quick: each upload's refusal and the
  // closing "no article text" then come in one chunk, and each file must still be named.
  await page.route("**/sources/import/preview", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, body: await response.text() });
  });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Không đọc được một số tệp:")).toBeVisible();
  await expect(page.getByText("thong-cao-cu.doc: tài liệu Word cũ (.doc), .rtf hoặc định dạng không đọc được; hãy lưu lại dưới dạng .docx, .html hoặc .txt rồi nhập lại.")).toBeVisible();
  await expect(page.getByText(/bi-cat\.docx: tài liệu bị hỏng/)).toBeVisible();
  await expect(page.getByTestId("preview-card")).toHaveCount(0);
  await shot(page, "import-doc-refused");
});
