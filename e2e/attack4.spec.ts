// An outsider's fourth pass against the production build, aimed at the streamed import preview: a post from another
// site's form, and one account's preview of many files holding every other editor's preview behind it. Each test is
// one attack (or one promise an attack tried to break) and fails if it works.
import type { APIRequestContext } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { postPreview } from "./import-preview-route";

const PARAGRAPH = "Ông Nguyễn Văn A nói rằng Triều Tiên đã cung cấp 1.000 quả đạn pháo cho Nga trong tháng 3 năm 2024, theo nguồn tin quân sự giấu tên.";
/** About `bytes` of an article: a title, then paragraphs. */
const article = (title: string, bytes: number) => `${title}\n\n${Array.from({ length: Math.ceil(bytes / (PARAGRAPH.length * 1.2)) }, () => PARAGRAPH).join("\n\n")}`;
const pasted = (text: string) => {
  const form = new FormData();
  form.append("text", text);
  form.append("fileName", "pasted.txt");
  return form;
};

async function editorApi(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, baseURL: string | undefined, account: { email: string; password: string }, ip: string) {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
  await signInApi(api, account.email, account.password);
  return api;
}

test("a preview posted by another site's form is refused, whether it names its origin or only its Sec-Fetch-Site", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  const api = await editorApi(playwright, baseURL, await makeAccount("EDITOR"), uniqueIp(testInfo.workerIndex));
  const form = () => pasted(article("Bài từ nơi khác", 2_000));
  expect((await postPreview(api, form(), { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).outcome).toBe("FORBIDDEN");
  // A browser (or an extension) that leaves the Origin out still says where the post came from.
  expect((await postPreview(api, form(), { "sec-fetch-site": "cross-site" })).outcome).toBe("FORBIDDEN");
  expect((await postPreview(api, form(), { "sec-fetch-site": "same-site" })).outcome).toBe("FORBIDDEN");
  // The import screen's own post.
  expect((await postPreview(api, form(), { origin: `http://localhost:${E2E_PORT}`, "sec-fetch-site": "same-origin" })).outcome).toBe("ok");
  await api.dispose();
});

test("one editor's preview of many files does not keep another editor's preview waiting behind all of them", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  test.setTimeout(180_000);
  const [flooder, other] = await Promise.all([makeAccount("EDITOR"), makeAccount("EDITOR")]);
  const [flood, calm] = await Promise.all([editorApi(playwright, baseURL, flooder, uniqueIp(testInfo.workerIndex)), editorApi(playwright, baseURL, other, uniqueIp(testInfo.workerIndex))]);
  expect((await postPreview(calm, pasted(article("Khởi động", 2_000)))).outcome).toBe("ok"); // the route and a worker ready
  // Sixty uploads in one preview: one parse job each, queued at once on the desk's one parse worker.
  const many = new FormData();
  for (let i = 0; i < 60; i++) many.append("files", new File([article(`Tệp ${i}`, 150_000).replace(/1\.000/g, String(1000 + i))], `many-${i}.txt`, { type: "text/plain" }));
  let floodDone = 0;
  const flooding = postPreview(flood, many).then((answer) => ((floodDone = Date.now()), answer));
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // its upload read and its jobs queued
  const calmAnswer = await postPreview(calm, pasted(article("Bài bình thường", 2_000)));
  const calmDone = Date.now();
  const floodAnswer = await flooding;
  expect(floodAnswer.outcome).toBe("ok");
  expect(calmAnswer.outcome).toBe("ok");
  // First come, first served, the other editor's one article was parsed after all sixty; now it takes its turn.
  expect(calmDone, `the other editor's preview took ${calmAnswer.ms} ms, the flood's ${floodAnswer.ms} ms`).toBeLessThan(floodDone);
  await Promise.all([flood.dispose(), calm.dispose()]);
});
