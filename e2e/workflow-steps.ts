// Steps of the verdict workflow as a person takes them through the workbench's forms, shared by the specs that
// walk it (workflow, corrections, ledger, claims).
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export type Decision = "Duyệt và công bố" | "Yêu cầu sửa" | "Từ chối";

/** The new-claim form, saved; a wording close to an existing claim is asked about once: it is a new claim. */
export async function createClaim(page: Page, wording: string, kind: string) {
  await page.goto("/desk/claims/new");
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(wording);
  await page.getByLabel("Loại").selectOption(kind);
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  const anyway = page.getByRole("button", { name: "Vẫn tạo tuyên bố mới" });
  await expect(anyway.or(page.getByTestId("claim-state"))).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
}

/** An external document supporting the claim open in the editor. */
export async function addExternalEvidence(page: Page, evidence: { url: string; title: string }) {
  await page.getByText("Thêm tài liệu bên ngoài").click();
  await page.getByLabel("Địa chỉ web").fill(evidence.url);
  await page.getByLabel("Tiêu đề tài liệu").fill(evidence.title);
  await page.getByLabel("Lập trường").selectOption("SUPPORTS");
  await page.getByRole("button", { name: "Thêm bằng chứng" }).click();
  await expect(page.getByTestId("evidence-supports")).toContainText(evidence.title);
}

export async function startResearch(page: Page) {
  await page.getByRole("button", { name: "Bắt đầu kiểm chứng" }).click();
  await expect(page.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
}

/** A claim in research with one external piece of evidence; its id. */
export async function researchedClaim(page: Page, wording: string): Promise<string> {
  await createClaim(page, wording, "ARMS_TRANSFER");
  await addExternalEvidence(page, { url: "https://example.org/satellite-report", title: "Satellite imagery of rail traffic at Tumangang" });
  await startResearch(page);
  return page.url().split("/").pop()!;
}

/** One of the workflow panel's proposal forms (verdict, correction, withdrawal), filled and sent. */
export async function propose(page: Page, form: string, fields: { verdict?: string; summary: string; rationale: string; reason?: string; evidence?: boolean }) {
  const scope = page.getByTestId(form);
  if (fields.verdict) await scope.getByLabel("Kết luận").selectOption(fields.verdict);
  if (fields.reason) await scope.getByLabel("Lý do thay đổi").fill(fields.reason);
  await scope.getByLabel("Tóm tắt").fill(fields.summary);
  await scope.getByLabel("Lập luận").fill(fields.rationale);
  if (fields.evidence) await scope.getByRole("checkbox").first().check();
  await scope.getByRole("button", { name: "Gửi đề xuất" }).click();
}

/** The reviewer's decision on the open proposal, with a note for the proposer when given. */
export async function decide(page: Page, decision: Decision, note = "") {
  const form = page.getByTestId("review-form");
  await form.getByLabel(decision).check();
  if (note) await form.getByLabel("Ghi chú cho người đề xuất").fill(note);
  await form.getByRole("button", { name: "Gửi quyết định" }).click();
}

/** Selects `quote` inside the reader's text as a person dragging the mouse would. */
export async function selectInReader(page: Page, quote: string) {
  await page.locator(".source-text").evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(text) ?? -1;
      if (index >= 0) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`not in the text: ${text}`);
  }, quote);
  await expect(page.getByRole("toolbar")).toBeVisible();
}

/**
 * A claim made from a sentence selected in the reader (C), quoting it; a wording close to an existing claim is asked
 * about once: it is a new claim. The editor is taken back to the article with it as the current claim; its desk page.
 */
export async function claimFromReaderSelection(page: Page, sentence: string, wording: string, kind: string): Promise<string> {
  await selectInReader(page, sentence);
  await page.keyboard.press("c");
  await expect(page).toHaveURL(/\/desk\/claims\/new\?/);
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)", { exact: true }).fill(wording);
  await page.getByLabel("Loại", { exact: true }).selectOption(kind);
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  const anyway = page.getByRole("button", { name: "Vẫn tạo tuyên bố mới" });
  const backInReader = /\/sources\/[0-9a-f-]{36}\?claim=[0-9a-f-]{36}$/;
  await expect.poll(async () => (await anyway.isVisible()) || backInReader.test(page.url())).toBe(true);
  if (await anyway.isVisible()) await anyway.click();
  await expect(page).toHaveURL(backInReader);
  return `/desk/claims/${new URL(page.url()).searchParams.get("claim")}`;
}
