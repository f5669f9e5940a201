// An outsider's fourth pass against the production build, aimed at the streamed import preview: a post from another
// site's form, and one account's preview of many files holding every other editor's preview behind it. Each test is
// one attack (or one promise an attack tried to break) and fails if it works.
import type { APIRequestContext } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { expect, signInApi, test, uniqueIp } from "./fixtures";
import { postPreview } from "./import-preview-route";
import type { PreviewLine } from "../app/(desk)/sources/import/preview/route";

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

/**
 * Posts `form` as `api`'s account (its session cookie) and reads the NDJSON answer line by line as it arrives, calling
 * `onLine` with each line and the time it came; resolves with the time the answer ended and its last line.
 */
async function streamPreview(api: APIRequestContext, baseURL: string, form: FormData, ip: string, onLine: (line: PreviewLine, at: number) => void): Promise<{ ended: number; last: PreviewLine | null }> {
  const cookies = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const response = await fetch(new URL("/sources/import/preview", baseURL), { method: "POST", body: form, headers: { cookie: cookies, "x-forwarded-for": ip } });
  expect(response.headers.get("content-type") ?? "").toContain("application/x-ndjson");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let last: PreviewLine | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      last = JSON.parse(buffered.slice(0, newline)) as PreviewLine;
      buffered = buffered.slice(newline + 1);
      onLine(last, Date.now());
    }
  }
  return { ended: Date.now(), last };
}

test("one editor's preview of many files does not keep another editor's preview waiting behind all of them", async ({ playwright, baseURL, makeAccount }, testInfo) => {
  test.setTimeout(180_000);
  const [flooder, other] = await Promise.all([makeAccount("EDITOR"), makeAccount("EDITOR")]);
  const floodIp = uniqueIp(testInfo.workerIndex);
  const [flood, calm] = await Promise.all([editorApi(playwright, baseURL, flooder, floodIp), editorApi(playwright, baseURL, other, uniqueIp(testInfo.workerIndex))]);
  expect((await postPreview(calm, pasted(article("Khởi động", 2_000)))).outcome).toBe("ok"); // the route and a worker ready
  // Sixty uploads in one preview: one parse job each, all queued at once on the desk's one parse worker. A file's
  // first line comes when its job starts, so the flood's answer says how far the queue has got.
  const many = new FormData();
  for (let i = 0; i < 60; i++) many.append("files", new File([article(`Tệp ${i}`, 200_000).replace(/1\.000/g, String(1000 + i))], `many-${i}.txt`, { type: "text/plain" }));
  const started = new Map<number, number>();
  let calmAnswer: Promise<{ outcome: string; done: number }> | null = null;
  const flooding = streamPreview(flood, baseURL!, many, floodIp, (line, at) => {
    if (line.type !== "file") return;
    started.set(line.fileIndex, at);
    // The other editor asks once the flood's sixty jobs are queued and the first has begun.
    calmAnswer ??= postPreview(calm, pasted(article("Bài bình thường", 2_000))).then((answer) => ({ outcome: answer.outcome, done: Date.now() }));
  });
  const floodAnswer = await flooding;
  expect(floodAnswer.last?.type).toBe("done");
  expect(calmAnswer, "the flood's answer named its first file").not.toBeNull();
  const calmed = await calmAnswer!;
  expect(calmed.outcome).toBe("ok");
  // First come, first served, the other editor's one article waited for all sixty jobs to start; taking turns, it
  // is done before even the flood's fortieth file has begun.
  const fortieth = started.get(39);
  expect(fortieth, "the flood's fortieth file began").toBeDefined();
  expect(calmed.done, `the other editor's preview ended ${calmed.done - started.get(0)!} ms after the flood's first file began, its fortieth began after ${fortieth! - started.get(0)!} ms`).toBeLessThan(fortieth!);
  await Promise.all([flood.dispose(), calm.dispose()]);
});
