// An outsider's sixth pass against the production build, and a claim frozen while under review. Each test is one
// attack (or one promise) and fails if the attack works.
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { addExternalEvidence, propose, researchedClaim } from "./workflow-steps";

test("a claim under review is shown locked; a colleague's form opened before the proposal is refused with one line; the proposer withdraws and edits again", async ({ browser, signInAs, shot }) => {
  test.setTimeout(150_000);
  const proposerPage = await (await browser.newContext()).newPage();
  const colleaguePage = await (await browser.newContext()).newPage();
  const proposer = await signInAs(proposerPage, "EDITOR");
  await signInAs(colleaguePage, "EDITOR");

  const claimId = await researchedClaim(proposerPage, `Triều Tiên chuyển đạn pháo sang Nga qua cảng Rajin (${Date.now().toString(36)})`);
  // The colleague opens the claim while it is still in research: every form is there.
  await colleaguePage.goto(`/desk/claims/${claimId}`);
  await expect(colleaguePage.getByText("Thêm tài liệu bên ngoài")).toBeVisible();

  await propose(proposerPage, "proposal-verdict", { verdict: "MOSTLY_CONFIRMED", summary: "Ảnh vệ tinh cho thấy container được chuyển đi.", rationale: "Theo ảnh vệ tinh và hai nguồn tin độc lập.", evidence: true });
  const locked = proposerPage.getByTestId("claim-locked");
  await expect(locked.getByRole("heading")).toHaveText("Đang chờ duyệt — rút đề xuất để sửa");
  await expect(locked.getByRole("button", { name: "Rút đề xuất" })).toBeVisible();
  // Nothing that changes the claim is offered while it is locked.
  await expect(proposerPage.getByText("Thêm tài liệu bên ngoài")).toHaveCount(0);
  await expect(proposerPage.getByRole("button", { name: "Liên kết" })).toHaveCount(0);
  await expect(proposerPage.getByLabel("Nội dung tuyên bố (tiếng Việt)")).toHaveCount(0);
  await shot(proposerPage, "attack6-claim-locked");

  // The colleague's page is from before the proposal: the save is refused with the one line, what was typed kept.
  await colleaguePage.getByText("Thêm tài liệu bên ngoài").click();
  await colleaguePage.getByLabel("Địa chỉ web").fill("https://example.org/late-report");
  await colleaguePage.getByLabel("Tiêu đề tài liệu").fill("Báo cáo thêm vào lúc đang duyệt");
  await colleaguePage.getByLabel("Lập trường").selectOption("REFUTES");
  await colleaguePage.getByRole("button", { name: "Thêm bằng chứng" }).click();
  await expect(colleaguePage.getByText("Đang chờ duyệt — rút đề xuất để sửa.")).toBeVisible();
  await expect(colleaguePage.getByLabel("Tiêu đề tài liệu")).toHaveValue("Báo cáo thêm vào lúc đang duyệt");
  // Reloaded, the colleague sees the lock and who can lift it, without the withdraw button.
  await colleaguePage.reload();
  await expect(colleaguePage.getByTestId("claim-locked")).toContainText(`Hãy nhờ ${proposer.name} (người đề xuất) hoặc quản trị viên rút đề xuất.`);
  await expect(colleaguePage.getByRole("button", { name: "Rút đề xuất" })).toHaveCount(0);
  await shot(colleaguePage, "attack6-claim-locked-colleague");

  // The proposer withdraws: the claim is back in research and editable.
  await locked.getByRole("button", { name: "Rút đề xuất" }).click();
  await expect(proposerPage.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
  await expect(proposerPage.getByTestId("claim-locked")).toHaveCount(0);
  await addExternalEvidence(proposerPage, { url: "https://example.org/late-report", title: "Báo cáo sau khi rút đề xuất" });
  // The proposal history (folded) lists it as withdrawn.
  await expect(proposerPage.getByText("Đã rút đề xuất", { exact: true })).toBeAttached();
});

test("another editor cannot withdraw someone's proposal over HTTP, nor a decided one", async ({ page, playwright, baseURL, makeAccount }, testInfo) => {
  test.setTimeout(120_000);
  const proposer = await makeAccount("EDITOR");
  const other = await makeAccount("EDITOR");
  await signInApi(page.request, proposer.email, proposer.password);
  const claimId = await researchedClaim(page, `Nga nhận tên lửa từ Triều Tiên (${Date.now().toString(36)})`);
  const evidenceId = await page.getByTestId("proposal-verdict").getByRole("checkbox").first().inputValue();
  const proposed = await page.request.post(`/api/desk/claims/${claimId}/proposals`, { data: { kind: "VERDICT", verdict: "FALSE", summary: "Không có bằng chứng nào.", rationale: "Không nguồn nào xác nhận việc chuyển giao.", evidenceIds: [evidenceId] } });
  expect(proposed.status()).toBe(200);
  const proposalId = ((await proposed.json()) as { proposal: { id: string } }).proposal.id;

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp(testInfo.workerIndex) } });
  await signInApi(api, other.email, other.password);
  const stolen = await api.post(`/api/desk/proposals/${proposalId}/withdraw`, { data: {} });
  expect(stolen.status()).toBe(403);
  expect(((await stolen.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
  await api.dispose();

  const own = await page.request.post(`/api/desk/proposals/${proposalId}/withdraw`, { data: {} });
  expect(own.status()).toBe(200);
  expect(await own.json()).toMatchObject({ withdrawn: { claimId, state: "RESEARCHING" } });
  expect((await page.request.post(`/api/desk/proposals/${proposalId}/withdraw`, { data: {} })).status()).toBe(409);
});
