// The ledger in Chromium: an editor records an arms-transfer allegation with its attributes (a bad one is refused
// beside its field, nothing typed lost), links a denial to it, another person approves both, and the public
// ledger shows them in its tables and timeline in Vietnamese and English, filtered, and as CSV and JSON.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { addExternalEvidence, claimFromReaderSelection, createClaim, decide, propose, startResearch } from "./workflow-steps";

/** External evidence, research, a proposal relying on it: the workflow's steps through the same forms. */
async function researchAndPropose(page: Page, verdict: string) {
  await addExternalEvidence(page, { url: "https://example.org/rail-imagery", title: "Rail imagery at Tumangang" });
  await startResearch(page);
  await propose(page, "proposal-verdict", { verdict, summary: "Ảnh vệ tinh và hai nguồn độc lập.", rationale: "Ảnh vệ tinh cho thấy các đoàn tàu, hai nguồn tin độc lập xác nhận.", evidence: true });
  await expect(page.getByTestId("open-proposal")).toBeVisible();
}

async function approve(page: Page, claimUrl: string) {
  await page.goto(claimUrl);
  await decide(page, "Duyệt và công bố");
  await expect(page.getByTestId("claim-state")).toHaveText("Đã công bố");
}

test("an allegation with attributes and its denial reach the ledger, filtered, in both languages and as downloads", async ({ browser, signInAs, shot }) => {
  test.setTimeout(300_000);
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(editor, "EDITOR");
  await signInAs(reviewer, "REVIEWER");
  const stamp = Date.now().toString(36);
  const supplier = `Bình Nhưỡng ${stamp}`;
  const allegation = `Triều Tiên chuyển hàng triệu quả đạn pháo cho Nga bằng đường sắt (${stamp})`;

  await createClaim(editor, allegation, "ARMS_TRANSFER");
  const allegationUrl = editor.url();
  // A bad month: refused beside its field, and everything typed is still there.
  await editor.getByLabel("Bên cung cấp").fill(supplier);
  await editor.getByLabel("Bên nhận").fill("Nga");
  await editor.getByLabel("Đạn pháo").check();
  await editor.getByLabel("Số lượng (như được nêu)").fill("hàng triệu");
  await editor.getByLabel("Từ", { exact: true }).fill("2023-13");
  await editor.getByLabel("Tuyến đường / phương thức").fill("đường sắt qua Tumangang");
  await editor.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(editor.locator("#edit-periodFrom-error, [id$='periodFrom-error']").first()).toContainText("Hãy nhập năm, tháng hoặc ngày");
  await expect(editor.getByLabel("Bên cung cấp")).toHaveValue(supplier);
  await expect(editor.getByLabel("Số lượng (như được nêu)")).toHaveValue("hàng triệu");
  await expect(editor.getByLabel("Đạn pháo")).toBeChecked();
  await expect(editor.getByLabel("Tuyến đường / phương thức")).toHaveValue("đường sắt qua Tumangang");
  await editor.getByLabel("Từ", { exact: true }).fill("2023-09");
  await editor.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(editor.getByText("Đã lưu").first()).toBeVisible();
  await editor.reload();
  await expect(editor.getByLabel("Bên cung cấp")).toHaveValue(supplier);
  await expect(editor.getByLabel("Từ", { exact: true })).toHaveValue("2023-09");
  await researchAndPropose(editor, "MOSTLY_CONFIRMED");
  await approve(reviewer, allegationUrl);

  const denial = `Nga phủ nhận nhận đạn pháo từ Triều Tiên (${stamp})`;
  await createClaim(editor, denial, "DENIAL");
  const denialUrl = editor.url();
  // Choosing the kind in the editor shows that kind's fields at once.
  await editor.getByLabel("Loại").selectOption("DENIAL");
  await expect(editor.getByText("Một lời phủ nhận cần liên kết")).toBeVisible();
  await editor.getByLabel("Bên phủ nhận").fill("Điện Kremlin");
  await editor.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(editor.getByText("Đã lưu").first()).toBeVisible();
  await editor.getByText("Liên kết tới tuyên bố", { exact: true }).first().click();
  await editor.getByRole("searchbox", { name: "Liên kết tới tuyên bố" }).fill(`duong sat ${stamp}`);
  await editor.getByTestId("picked-claim").filter({ hasText: allegation }).getByRole("button").click();
  await editor.getByLabel("Kiểu liên kết").selectOption("DENIES");
  await editor.getByRole("button", { name: "Liên kết", exact: true }).click();
  await expect(editor.getByTestId("link").filter({ hasText: allegation })).toContainText("phủ nhận");
  await researchAndPropose(editor, "MISLEADING");
  await approve(reviewer, denialUrl);

  // The public ledger, without a session and without JavaScript, filtered by the supplier through its GET form.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto("/ledger");
  await reader.getByLabel("Bên cung cấp").fill(supplier);
  await reader.getByRole("button", { name: "Lọc", exact: true }).click();
  await expect(reader).toHaveURL(/\/ledger\?supplier=/);
  const transfers = reader.getByTestId("ledger-table-ARMS_TRANSFER");
  await expect(transfers.getByRole("row")).toHaveCount(2);
  await expect(transfers).toContainText(allegation);
  await expect(transfers).toContainText("Đạn pháo");
  await expect(transfers).toContainText("hàng triệu");
  await expect(transfers).toContainText("Được xác nhận");
  const denials = reader.getByTestId("ledger-table-DENIAL");
  await expect(denials).toContainText(denial);
  await expect(denials).toContainText("Điện Kremlin");
  await expect(reader.getByTestId("ledger-timeline").locator("svg[role=img] title")).toHaveText("Dòng thời gian");
  await expect(reader.getByTestId("ledger-timeline").locator('rect[data-status="CONFIRMED"]')).toHaveCount(1);
  await expect(reader.getByTestId("ledger-timeline").locator('rect[data-status="DENIED"]')).toHaveCount(1);
  const monthRow = reader.getByTestId("ledger-timeline-table").getByRole("row", { name: /2023-09/ });
  await expect(monthRow).toContainText("1");
  await shot(reader, "ledger-vi");
  await transfers.getByRole("link", { name: allegation }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(allegation);

  // English, at its own address.
  const english = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await english.goto(`/en/ledger?supplier=${encodeURIComponent(supplier)}&materiel=ARTILLERY_SHELLS`);
  await expect(english.getByRole("heading", { level: 1, name: "Ledger" })).toBeVisible();
  await expect(english.getByTestId("ledger-table-ARMS_TRANSFER")).toContainText("Artillery shells");
  await expect(english.getByTestId("ledger-table-DENIAL")).toContainText("Denied");
  await expect(english.getByTestId("ledger-timeline").locator("svg[role=img] title")).toHaveText("Timeline");
  await shot(english, "ledger-en");
  // Filtered to nothing: both tables go.
  await english.goto(`/en/ledger?supplier=${encodeURIComponent(supplier)}&verdict=FALSE`);
  await expect(english.getByText("No claim matches these filters.")).toBeVisible();

  // Downloads hold the same filtered rows.
  const csvHref = await reader.context().newPage().then(async (p) => {
    await p.goto(`/ledger?supplier=${encodeURIComponent(supplier)}`);
    return p.getByTestId("ledger-csv").getAttribute("href");
  });
  const csv = await (await editor.request.get(csvHref!)).text();
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(3);
  expect(csv).toContain(allegation);
  expect(csv).toContain(denial);
  const json = (await (await editor.request.get(csvHref!.replace("/ledger.csv", "/api/v1/ledger"))).json()) as { data: { text: string; status: string; attributes: { supplier?: string[] } }[] };
  expect(json.data.map((r) => [r.text, r.status]).sort()).toEqual([[allegation, "CONFIRMED"], [denial, "DENIED"]].sort());
  expect(json.data.find((r) => r.text === allegation)?.attributes.supplier).toEqual([supplier]);
});

/** Puts the caret before `words` in the quote's text, then selects them with Shift + arrow keys. */
async function selectWithKeyboard(page: Page, words: string) {
  const quote = page.getByTestId("attribute-quote").first();
  await quote.focus();
  await quote.evaluate((area: HTMLTextAreaElement, w) => {
    const at = area.value.indexOf(w);
    area.setSelectionRange(at, at);
  }, words);
  for (let i = 0; i < words.length; i++) await page.keyboard.press("Shift+ArrowRight");
}

/** Selects `words` in the quote's text as a mouse drag ends. */
async function selectWithMouse(page: Page, words: string) {
  await page.getByTestId("attribute-quote").first().evaluate((area: HTMLTextAreaElement, w) => {
    area.focus();
    const at = area.value.indexOf(w);
    area.setSelectionRange(at, at + w.length);
    area.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, words);
}

test("fields filled from words selected in the claim's quote remember where they came from, and a refused save loses nothing", async ({ page, signInAs, shot }) => {
  test.setTimeout(120_000);
  await signInAs(page, "EDITOR");
  await page.goto(`/sources?q=${encodeURIComponent("binh nhuong xac nhan")}`);
  await page.locator("tbody a").first().click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
  const sentence = "Các nhà phân tích cho rằng Triều Tiên có thể có hàng chục triệu quả đạn pháo và tên lửa dựa trên thiết kế của Liên Xô, có khả năng mang lại sức mạnh to lớn cho quân đội Nga.";
  // Created from the reader, the editor is taken back to the article with the new claim as the current one.
  await page.goto(await claimFromReaderSelection(page, sentence, `Triều Tiên có hàng chục triệu quả đạn pháo cho Nga (${Date.now().toString(36)})`, "ARMS_TRANSFER"));
  await expect(page.getByTestId("attribute-quote")).toHaveValue(sentence);
  // The quote keeps its words: typing into it changes nothing.
  await page.getByTestId("attribute-quote").first().press("End");
  await page.keyboard.type("xyz");
  await expect(page.getByTestId("attribute-quote")).toHaveValue(sentence);

  // Nothing selected yet: the button says what to do first.
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Bên cung cấp" }).click();
  await expect(page.getByTestId("attribute-supplier")).toContainText("Hãy bôi đen vài chữ trong một trích dẫn trước.");
  // By keyboard: select the country, then the button (reached by Tab like any other).
  await selectWithKeyboard(page, "Triều Tiên");
  await expect(page.getByTestId("attribute-selection")).toHaveText("Đang chọn: «Triều Tiên»");
  const fillSupplier = page.getByRole("button", { name: "Điền từ đoạn chọn: Bên cung cấp" });
  await fillSupplier.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Bên cung cấp", { exact: true })).toHaveValue("Triều Tiên");
  await expect(page.getByLabel("Bên cung cấp", { exact: true })).toBeFocused();
  await expect(page.getByTestId("provenance-supplier")).toContainText("Triều Tiên");
  // By mouse: the quantity as stated, then the country at the end for the recipient.
  await selectWithMouse(page, "hàng chục triệu");
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Số lượng (như được nêu)" }).click();
  await expect(page.getByLabel("Số lượng (như được nêu)", { exact: true })).toHaveValue("hàng chục triệu");
  // A date field takes only a date.
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Từ" }).click();
  await expect(page.getByTestId("attribute-periodFrom")).toContainText("Đoạn chọn không chứa ngày tháng nào");
  await expect(page.getByLabel("Từ", { exact: true })).toHaveValue("");
  await selectWithMouse(page, "Nga");
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Bên nhận" }).click();
  await expect(page.getByLabel("Bên nhận", { exact: true })).toHaveValue("Nga");
  // Materiel: the words of the list in the selection tick their boxes; words naming none say so and tick nothing.
  const fillMateriel = page.getByRole("button", { name: "Điền từ đoạn chọn: Khí tài" });
  await fillMateriel.click();
  await expect(page.getByTestId("attribute-materiel")).toContainText("Đoạn chọn không nhắc tới khí tài nào trong danh sách");
  await selectWithMouse(page, "đạn pháo và tên lửa");
  await fillMateriel.click();
  await expect(page.getByLabel("Đạn pháo", { exact: true })).toBeChecked();
  for (const other of ["Rocket", "Tên lửa đạn đạo", "Tên lửa hành trình", "Đạn dược"]) await expect(page.getByLabel(other, { exact: true })).not.toBeChecked();
  await expect(page.getByTestId("provenance-materiel")).toContainText("đạn pháo và tên lửa");
  await shot(page, "attributes-from-selection");

  // Bad input: a period that ends before it starts is refused beside its field, and nothing typed or filled is lost.
  await page.getByLabel("Từ", { exact: true }).fill("2023-09");
  await page.getByLabel("Đến", { exact: true }).fill("2023-01");
  await page.getByLabel("Tuyến đường / phương thức", { exact: true }).fill("đường sắt");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.locator("[id$='periodTo-error']").first()).toContainText("Khoảng thời gian không thể kết thúc trước khi bắt đầu");
  await expect(page.getByLabel("Đến", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Bên cung cấp", { exact: true })).toHaveValue("Triều Tiên");
  await expect(page.getByLabel("Số lượng (như được nêu)", { exact: true })).toHaveValue("hàng chục triệu");
  await expect(page.getByLabel("Từ", { exact: true })).toHaveValue("2023-09");
  await expect(page.getByLabel("Đến", { exact: true })).toHaveValue("2023-01");
  await expect(page.getByLabel("Tuyến đường / phương thức", { exact: true })).toHaveValue("đường sắt");
  await expect(page.getByTestId("provenance-quantity")).toContainText("hàng chục triệu");

  await page.getByLabel("Đến", { exact: true }).fill("2023-12");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu").first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Bên cung cấp", { exact: true })).toHaveValue("Triều Tiên");
  await expect(page.getByTestId("provenance-supplier")).toContainText("Triều Tiên");
  await expect(page.getByTestId("provenance-recipient")).toContainText("Nga");
  await expect(page.getByLabel("Đạn pháo", { exact: true })).toBeChecked();
  await expect(page.getByTestId("provenance-materiel")).toContainText("đạn pháo và tên lửa");
  // Typed over: the value no longer claims the quote as its origin.
  await page.getByLabel("Số lượng (như được nêu)", { exact: true }).fill("5.000");
  await expect(page.getByTestId("provenance-quantity")).toHaveCount(0);
});

test("a ledger page past the end of the list is sent to the last page, in both languages", async ({ page }) => {
  await page.goto("/ledger?page=999");
  expect(new URL(page.url()).searchParams.get("page") ?? "1").not.toBe("999");
  await expect(page.getByTestId("ledger-pages").getByRole("link", { name: "Cũ hơn →" })).toHaveCount(0);
  await page.goto("/en/ledger?page=999");
  expect(new URL(page.url()).pathname).toBe("/en/ledger");
  expect(new URL(page.url()).searchParams.get("page") ?? "1").not.toBe("999");
});

/** A short article of our own, pasted into the importer and saved: the other specs' sources are left untouched. */
async function importArticle(page: Page, title: string, paragraphs: string[]): Promise<string> {
  await page.goto("/sources/import");
  await page.getByLabel("Tên văn bản").fill(`${title}.txt`);
  await page.getByLabel("Văn bản", { exact: true }).fill([title, "", "Đăng ngày: 02/10/2023 - 08:15", "", "Reuters", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"));
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByTestId("preview-card")).toHaveCount(1);
  await page.getByRole("button", { name: "Lưu 1 nguồn" }).click();
  await expect(page.getByRole("heading", { name: "Đã lưu 1 nguồn, bỏ qua 0 bản trùng." })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
  return page.url();
}

test("after an edit of the source's text takes away the words a field was filled from, the claim form says its provenance is lost and keeps the value", async ({ page, signInAs, shot }) => {
  test.setTimeout(180_000);
  await signInAs(page, "EDITOR");
  const tag = Date.now().toString(36);
  const title = `Tàu hàng rời cảng Rajin, mã bài ${tag}`;
  const sentence = `Ảnh vệ tinh cho thấy khoảng 300 container đạn pháo được đưa lên tàu ở cảng Rajin để chở sang Nga trong tháng Chín.`;
  const sourceUrl = await importArticle(page, title, [sentence, `Bình Nhưỡng chưa bình luận về các hình ảnh này (mã ${tag}).`]);

  // A claim quoting the sentence, two fields filled from words selected in it.
  const claimUrl = await claimFromReaderSelection(page, sentence, `Triều Tiên chuyển khoảng 300 container đạn pháo cho Nga qua cảng Rajin (${tag})`, "ARMS_TRANSFER");
  await page.goto(claimUrl);
  await expect(page.getByTestId("attribute-quote")).toHaveValue(sentence);
  await selectWithMouse(page, "khoảng 300");
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Số lượng (như được nêu)" }).click();
  await expect(page.getByLabel("Số lượng (như được nêu)", { exact: true })).toHaveValue("khoảng 300");
  await selectWithMouse(page, "Nga");
  await page.getByRole("button", { name: "Điền từ đoạn chọn: Bên nhận" }).click();
  await expect(page.getByLabel("Bên nhận", { exact: true })).toHaveValue("Nga");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu").first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("provenance-quantity")).toContainText("Lấy từ trích dẫn:");
  await expect(page.getByTestId("provenance-quantity")).not.toHaveAttribute("data-orphaned", "true");

  // The source's text corrected: the number the quantity was read from is gone; the rest of the sentence stays.
  await page.goto(sourceUrl);
  await page.getByText("Sửa văn bản", { exact: true }).first().click();
  const body = page.getByLabel("Sửa văn bản", { exact: true });
  const before = await body.inputValue();
  expect(before).toContain("khoảng 300 container");
  await body.fill(before.replace("khoảng 300 container", "hơn 500 container"));
  await page.getByRole("button", { name: "Lưu văn bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();

  // The form says the quantity's words are gone and keeps its value; the recipient's words moved with the text.
  await page.goto(claimUrl);
  const lost = page.getByTestId("provenance-quantity");
  await expect(lost).toHaveAttribute("data-orphaned", "true");
  await expect(lost).toContainText("Văn bản nguồn đã được sửa và không còn những chữ giá trị này được lấy từ:");
  await expect(lost.locator("q")).toHaveText("khoảng 300");
  await expect(page.getByLabel("Số lượng (như được nêu)", { exact: true })).toHaveValue("khoảng 300");
  await expect(page.getByTestId("attribute-quote")).toHaveValue(sentence.replace("khoảng 300", "hơn 500"));
  const kept = page.getByTestId("provenance-recipient");
  await expect(kept).toContainText("Lấy từ trích dẫn:");
  await expect(kept).not.toHaveAttribute("data-orphaned", "true");
  await shot(page, "attribute-provenance-lost");

  // Saved again, the mark stays (it is the server's), and so does the value.
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu").first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("provenance-quantity")).toHaveAttribute("data-orphaned", "true");
  await expect(page.getByLabel("Số lượng (như được nêu)", { exact: true })).toHaveValue("khoảng 300");

  // In English the form says so in English.
  await page.context().addCookies([{ name: "locale", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
  await expect(page.getByTestId("provenance-quantity")).toContainText("The source's text was edited and no longer holds the words this value was taken from:");
});
