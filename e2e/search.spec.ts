// The public search page in Chromium, against the demo data's two published claims. Other specs publish
// claims concurrently, so assertions look for the demo claims rather than count everything.
import { test, expect } from "./fixtures";

const SUMMIT = "Kim Jong Un gặp Vladimir Putin tại Sân bay Vũ trụ Vostochny ngày 13/9/2023";
const SHELLS = "Triều Tiên cung cấp đạn dược cho Nga để dùng trong chiến tranh ở Ukraine";

test("search finds published claims with or without diacritics, filters by verdict, forgives a typo and says when nothing matches", async ({ page, shot }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Tra cứu" }).click();
  await expect(page.getByRole("heading", { name: "Tra cứu tuyên bố đã kiểm chứng" })).toBeVisible();

  // Without diacritics: the form is a plain GET, so the address carries the query.
  await page.getByLabel("Tìm", { exact: true }).fill("trieu tien");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/\/claims\?q=trieu\+tien/);
  const results = page.getByTestId("search-results");
  const shells = results.getByRole("listitem").filter({ hasText: SHELLS });
  await expect(shells).toHaveCount(1);
  await expect(shells.locator("mark")).toHaveText(["Triều", "Tiên"]);
  await expect(shells.locator(".verdict")).toHaveText("Không thể kiểm chứng");
  await expect(page.getByTestId("facet-verdict")).toContainText("Không thể kiểm chứng");
  await shot(page, "search");

  // With diacritics, the same claim.
  await page.getByLabel("Tìm", { exact: true }).fill("Triều Tiên đạn dược");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(results.getByRole("listitem").first()).toContainText(SHELLS);

  // "kim jong-un" with the verdict filter: only confirmed claims, the summit among them.
  await page.getByLabel("Tìm", { exact: true }).fill("kim jong-un");
  await page.getByLabel("Kết luận").selectOption("CONFIRMED");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/verdict=CONFIRMED/);
  await expect(results.getByRole("listitem").filter({ hasText: SUMMIT })).toHaveCount(1);
  for (const badge of await results.locator(".verdict").allTextContents()) expect(badge).toBe("Đúng");
  // The other verdict excludes it.
  await page.getByLabel("Kết luận").selectOption("UNVERIFIABLE");
  await page.getByRole("button", { name: "Tìm" }).click();
  await expect(page.getByText(SUMMIT)).toHaveCount(0);

  // A typo still finds the summit; the claim page opens from the result.
  await page.goto("/claims?q=vostochy");
  await results.getByRole("link", { name: SUMMIT }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUMMIT);

  // Nothing matches: a sentence, not an empty page.
  await page.goto("/claims?q=zzqx+khong+ton+tai");
  await expect(page.getByTestId("search-empty")).toBeVisible();
  await expect(page.getByTestId("search-count")).toHaveText("0 tuyên bố");
});

test("search speaks English at /en and keeps its filters in the address", async ({ page }) => {
  await page.goto("/en/claims?q=trieu+tien&kind=ARMS_TRANSFER&verdict=NOPE");
  await expect(page.getByRole("heading", { name: "Search fact-checked claims" })).toBeVisible();
  await expect(page.getByLabel("Kind")).toHaveValue("ARMS_TRANSFER");
  // An unknown verdict in an old link is ignored rather than an error.
  await expect(page.getByLabel("Verdict")).toHaveValue("");
  const shells = page.getByTestId("search-results").getByRole("listitem").filter({ hasText: SHELLS });
  await expect(shells).toHaveCount(1);
  await expect(shells.locator(".verdict")).toHaveText("Unverifiable");
});
