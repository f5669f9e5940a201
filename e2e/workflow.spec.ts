// The verdict workflow in Chromium: two people, a review sent back and approved, the public page, a correction.
import { test, expect } from "./fixtures";
import { decide, propose, researchedClaim } from "./workflow-steps";

test("a proposer cannot approve their own verdict; a second reviewer sends it back, then approves; a correction is published and logged", async ({ browser, signInAs, shot }) => {
  // Two people's whole review cycle, a correction and its log: 45 s on a quiet machine, up to three times that loaded.
  test.setTimeout(180_000);
  const proposerPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();
  // The proposer is a reviewer too: the role allows reviewing, the two-person rule still refuses.
  const proposer = await signInAs(proposerPage, "REVIEWER");
  await signInAs(reviewerPage, "REVIEWER");

  const wording = `Triều Tiên chuyển container đạn pháo sang Nga qua cảng Rajin (${Date.now().toString(36)})`;
  const claimId = await researchedClaim(proposerPage, wording);

  // Rated verdicts need evidence: the field says so and keeps what was typed.
  await propose(proposerPage, "proposal-verdict", { verdict: "MOSTLY_CONFIRMED", summary: "Ảnh vệ tinh cho thấy container được chuyển đi.", rationale: "Theo **ảnh vệ tinh** và hai nguồn tin độc lập <script>alert(1)</script>." });
  await expect(proposerPage.getByText("Hãy đánh dấu mục Căn cứ vào bằng chứng.")).toBeVisible();
  await expect(proposerPage.getByTestId("proposal-verdict").getByLabel("Tóm tắt")).toHaveValue("Ảnh vệ tinh cho thấy container được chuyển đi.");
  await proposerPage.getByTestId("proposal-verdict").getByRole("checkbox").first().check();
  await proposerPage.getByTestId("proposal-verdict").getByRole("button", { name: "Gửi đề xuất" }).click();

  await expect(proposerPage.getByTestId("open-proposal")).toContainText("Phần lớn đúng");
  // The keyboard is on what the move did, in the panel, not on its heading.
  const proposed = proposerPage.getByTestId("workflow").getByRole("status");
  await expect(proposed).toBeFocused();
  await expect(proposed).toHaveText("Đã gửi đề xuất. Người duyệt đã được báo.");
  await expect(proposerPage.getByTestId("no-review")).toHaveText("Đây là đề xuất của bạn: một người duyệt khác sẽ quyết định.");
  await expect(proposerPage.getByTestId("review-form")).toHaveCount(0);
  // Markdown renders; the raw HTML in it does not.
  await expect(proposerPage.getByTestId("open-proposal").locator(".markdown strong", { hasText: "ảnh vệ tinh" })).toBeVisible();
  await expect(proposerPage.getByTestId("open-proposal").locator("script")).toHaveCount(0);
  await shot(proposerPage, "workflow-own-proposal");

  // The reviewer sees it in their queue, with a count in the navigation.
  await reviewerPage.goto("/desk");
  await expect(reviewerPage.getByTestId("queue-review")).toContainText(wording);
  await expect(reviewerPage.getByTestId("nav-desk").locator(".count").first()).not.toHaveText("0");
  await shot(reviewerPage, "workflow-queues");
  await reviewerPage.goto(`/desk/claims/${claimId}`);

  // Forcing a self-review through the HTTP route is refused.
  const proposalId = await reviewerPage.getByTestId("review-form").locator('input[name="proposalId"]').inputValue();
  const forced = await proposerPage.request.post(`/api/desk/proposals/${proposalId}/review`, { data: { decision: "APPROVE" } });
  expect(forced.status()).toBe(403);
  expect(await forced.json()).toMatchObject({ error: { code: "FORBIDDEN" } });

  // Forcing it through the server action: the reviewer's own "approve" request, captured before it leaves the
  // browser, then sent with the proposer's session instead.
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await reviewerPage.route(`**/desk/claims/${claimId}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { headers: await request.allHeaders(), body: request.postDataBuffer()! };
    await route.abort();
  });
  // No decision is pre-selected: the reviewer chooses.
  await reviewerPage.getByTestId("review-form").getByLabel("Duyệt và công bố").check();
  await reviewerPage.getByTestId("review-form").getByRole("button", { name: "Gửi quyết định" }).click();
  await expect.poll(() => captured).not.toBeNull();
  await reviewerPage.unrouteAll();
  const { cookie: _reviewerCookie, ...headers } = captured!.headers;
  const replay = await proposerPage.request.post(`/desk/claims/${claimId}`, { headers, data: captured!.body });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain("Bạn không thể duyệt đề xuất của chính mình: cần một người thứ hai.");
  await reviewerPage.reload();
  await expect(reviewerPage.getByTestId("review-form")).toBeVisible();
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đã đề xuất kết luận");

  // Changes requested: a note is required, then the claim returns to research and the proposer is told.
  await decide(reviewerPage, "Yêu cầu sửa");
  await expect(reviewerPage.getByText("Hãy viết Ghi chú cho người đề xuất: cần sửa gì hoặc vì sao bị từ chối.")).toBeVisible();
  await decide(reviewerPage, "Yêu cầu sửa", "Hãy dẫn thêm nguồn Reuters.");
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
  const sentBack = reviewerPage.getByTestId("workflow").getByRole("status");
  await expect(sentBack).toBeFocused();
  await expect(sentBack).toHaveText("Đã gửi lại cho người đề xuất kèm ghi chú của bạn.");

  await proposerPage.goto("/desk");
  await expect(proposerPage.getByTestId("queue-changes")).toContainText("Hãy dẫn thêm nguồn Reuters.");
  await expect(proposerPage.getByTestId("notifications")).toContainText("Đề xuất của bạn cần sửa");
  // Fetching the claim page alone (a prefetch, a link preview) reads nothing; the editor on screen does.
  expect((await proposerPage.request.get(`/desk/claims/${claimId}`)).status()).toBe(200);
  await proposerPage.reload();
  await expect(proposerPage.getByTestId("notifications")).toContainText("Đề xuất của bạn cần sửa");
  await proposerPage.goto(`/desk/claims/${claimId}`);
  // Once the editor is on screen, the notification about this claim is read (the workbench home, fetched aside).
  // (this claim's: every proposal made by tests running beside this one notifies every reviewer, this one too)
  const notificationsOf = (html: string): string => /data-testid="notifications"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  await expect.poll(async () => notificationsOf(await (await proposerPage.request.get("/desk")).text()), { timeout: 15_000 }).not.toContain(`/desk/claims/${claimId}"`);
  // The new proposal starts from the one sent back.
  await expect(proposerPage.getByTestId("proposal-verdict").getByLabel("Tóm tắt")).toHaveValue("Ảnh vệ tinh cho thấy container được chuyển đi.");
  await proposerPage.getByTestId("proposal-verdict").getByLabel("Lập luận").fill("Theo **ảnh vệ tinh**, hai nguồn tin độc lập và bản tin Reuters.");
  await proposerPage.getByTestId("proposal-verdict").getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(proposerPage.getByTestId("open-proposal")).toBeVisible();

  await reviewerPage.reload();
  await decide(reviewerPage, "Duyệt và công bố");
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đã công bố");
  const approved = reviewerPage.getByTestId("workflow").getByRole("status");
  await expect(approved).toBeFocused();
  await expect(approved).toHaveText("Đã duyệt: phiên bản mới đã được công bố.");
  // The next step is the next stop of the keyboard, still in the panel.
  await reviewerPage.keyboard.press("Tab");
  await expect(reviewerPage.getByTestId("workflow").locator(":focus")).toHaveCount(1);
  await shot(reviewerPage, "workflow-approved");

  // The public page shows the verdict, signed-out.
  const publicPage = await (await browser.newContext()).newPage();
  const publicUrl = (await reviewerPage.getByRole("link", { name: "Xem trang công khai" }).getAttribute("href"))!;
  expect(publicUrl).toMatch(/^\/claims\/[a-z0-9-]+$/);
  await publicPage.goto(publicUrl);
  await expect(publicPage.getByTestId("verdict")).toHaveText("Phần lớn đúng");
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(wording);
  await expect(publicPage.getByTestId("history")).toContainText("Phiên bản 1");
  await expect(publicPage.getByTestId("history")).toContainText(proposer.name);

  // A correction: proposed by the proposer, approved by the reviewer, shown on the page and in the log.
  await proposerPage.reload();
  await proposerPage.getByText("Đề xuất đính chính").click();
  await propose(proposerPage, "proposal-correction", {
    verdict: "CONFIRMED",
    reason: "Reuters công bố ảnh chụp tàu hàng tại cảng Rajin.",
    summary: "Ảnh vệ tinh và ảnh chụp cảng xác nhận việc chuyển hàng.",
    rationale: "Bằng chứng mới từ Reuters xác nhận các container đã được chuyển đi.",
    evidence: true,
  });
  await expect(proposerPage.getByTestId("open-proposal")).toContainText("Đính chính");
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await decide(reviewerPage, "Duyệt và công bố");
  await expect(reviewerPage.getByTestId("workflow")).toContainText("Phiên bản 2");

  await publicPage.reload();
  await expect(publicPage.getByTestId("verdict")).toHaveText("Đúng");
  await expect(publicPage.getByTestId("corrections")).toContainText("Phần lớn đúng → Đúng");
  await expect(publicPage.getByTestId("corrections")).toContainText("Reuters công bố ảnh chụp tàu hàng tại cảng Rajin.");
  await publicPage.getByTestId("history").getByText("Thay đổi so với phiên bản trước").click();
  await expect(publicPage.getByTestId("history").locator("ins").first()).toBeVisible();
  await shot(publicPage, "public-claim");
  await publicPage.goto("/corrections");
  await expect(publicPage.getByTestId("corrections-log")).toContainText(wording);
  await shot(publicPage, "corrections-log");
});

test("a rejected proposal: the reviewer's keyboard is on the message that says so, the claim back in research", async ({ browser, signInAs }) => {
  test.setTimeout(90_000);
  const editorPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, "EDITOR");
  await signInAs(reviewerPage, "REVIEWER");
  const claimId = await researchedClaim(editorPage, `Tàu Triều Tiên cập cảng Vostochny chở đạn pháo (${Date.now().toString(36)})`);
  await propose(editorPage, "proposal-verdict", { verdict: "UNVERIFIABLE", summary: "Chưa đủ bằng chứng.", rationale: "Chỉ có một nguồn ảnh vệ tinh [1].", evidence: true });
  await expect(editorPage.getByTestId("workflow").getByRole("status")).toBeFocused();
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  // Whether the review form was still on the page at any moment the message was: it must not be (the message says the
  // proposal is decided; a form still offering to decide it, a Tab away, says otherwise).
  await reviewerPage.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { formBesideNews: boolean[] }).formBesideNews = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="workflow-news"]')) seen.push(Boolean(document.querySelector('[data-testid="review-form"]')));
    }).observe(document.body, { subtree: true, childList: true });
  });
  await decide(reviewerPage, "Từ chối", "Nguồn không kiểm chứng được.");
  const rejected = reviewerPage.getByTestId("workflow").getByRole("status");
  await expect(rejected).toBeFocused();
  await expect(rejected).toHaveText("Đã từ chối đề xuất. Người đề xuất đã được báo.");
  expect(await reviewerPage.evaluate(() => (window as unknown as { formBesideNews: boolean[] }).formBesideNews)).not.toContain(true);
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
  // Both in view, whole: the state the move led to, and the message under it.
  await expect(reviewerPage.getByTestId("claim-state")).toBeInViewport({ ratio: 1 });
  await expect(rejected).toBeInViewport({ ratio: 1 });
});

test("a proposal withdrawn beside the locked editor is said in the panel's status line, which takes the keyboard", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs(page, "EDITOR");
  await researchedClaim(page, `Nga nhận tên lửa đạn đạo từ Triều Tiên qua cảng Rajin (${Date.now().toString(36)})`);
  await propose(page, "proposal-verdict", { verdict: "UNVERIFIABLE", summary: "Chưa đủ bằng chứng.", rationale: "Chỉ có một nguồn ảnh vệ tinh [1].", evidence: true });
  await expect(page.getByTestId("claim-locked")).toBeVisible();
  // By the keyboard, as the other moves: the button's own form disappears with the lock it lifted.
  await page.getByTestId("withdraw-proposal").getByRole("button", { name: "Rút đề xuất" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("claim-locked")).toHaveCount(0);
  const withdrawn = page.getByTestId("workflow").getByRole("status");
  await expect(withdrawn).toBeFocused();
  await expect(withdrawn).toHaveText("Đã rút đề xuất. Tuyên bố có thể sửa lại.");
  await expect(page.getByTestId("claim-state")).toHaveText("Đang kiểm chứng");
  await expect(page.getByRole("status")).toHaveCount(1);
});

test("a claim that is not published answers 404 on the public side", async ({ page, browser, signInAs }) => {
  await signInAs(page, "EDITOR");
  await page.goto("/desk/claims/new");
  const wording = `Một tuyên bố chưa công bố (${Date.now().toString(36)})`;
  await page.getByLabel("Nội dung tuyên bố (tiếng Việt)").fill(wording);
  await page.getByRole("button", { name: "Tạo tuyên bố" }).click();
  await expect(page).toHaveURL(/\/desk\/claims\/[0-9a-f-]{36}$/);
  const slug = (await page.locator("p.muted").first().textContent())!.split("·").pop()!.trim();
  const response = await (await browser.newContext()).request.get(`/claims/${slug}`);
  expect(response.status()).toBe(404);
});

test("the proposal form asks for a short wording when search engines would cut the claim, warns without a source address, and the published ClaimReview carries it", async ({ browser, signInAs }) => {
  test.setTimeout(90_000);
  const editorPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, "EDITOR");
  await signInAs(reviewerPage, "REVIEWER");
  const wording = `Triều Tiên đã chuyển cho Nga hàng triệu quả đạn pháo qua cảng Rajin trong nửa cuối năm 2023 (${Date.now().toString(36)})`;
  const claimId = await researchedClaim(editorPage, wording);

  const form = editorPage.getByTestId("proposal-verdict");
  // No quote of the claim has a source with a web address (its evidence is an external report).
  await expect(form.getByTestId("proposal-verdict-no-url")).toBeVisible();
  const short = form.getByLabel("Câu ngắn cho công cụ tìm kiếm");
  await expect(short).toBeVisible();
  await short.fill("Triều Tiên chuyển hàng triệu quả đạn pháo cho Nga qua cảng Rajin trong năm 2023 qua đường biển");
  await form.getByRole("checkbox").first().check();
  await propose(editorPage, "proposal-verdict", { verdict: "MOSTLY_CONFIRMED", summary: "Ảnh vệ tinh và tình báo xác nhận phần lớn.", rationale: "Ảnh vệ tinh cho thấy container rời cảng Rajin [1]." });
  await expect(form.getByText("Tối đa 74 ký tự: công cụ tìm kiếm cắt bớt phần dài hơn.")).toBeVisible();
  await expect(form.getByLabel("Tóm tắt")).toHaveValue("Ảnh vệ tinh và tình báo xác nhận phần lớn.");
  const shortText = "Triều Tiên chuyển hàng triệu quả đạn pháo cho Nga năm 2023";
  await form.getByLabel("Câu ngắn cho công cụ tìm kiếm").fill(shortText);
  await form.getByRole("button", { name: "Gửi đề xuất" }).click();
  await expect(editorPage.getByTestId("open-proposal")).toBeVisible();

  // The reviewer sees the short wording in what they approve.
  await reviewerPage.goto(`/desk/claims/${claimId}`);
  await expect(reviewerPage.getByTestId("snapshot-short-text")).toContainText(shortText);
  await decide(reviewerPage, "Duyệt và công bố");
  await expect(reviewerPage.getByTestId("claim-state")).toHaveText("Đã công bố");
  await reviewerPage.getByRole("link", { name: "Xem trang công khai" }).click();
  const markup = JSON.parse((await reviewerPage.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}") as { claimReviewed?: string; itemReviewed?: { name?: string } };
  expect(markup.claimReviewed).toBe(shortText);
  expect(markup.itemReviewed?.name).toBe(wording);
});
