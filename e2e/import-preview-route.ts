// The import preview as the import screen asks for it: a form posted to POST /sources/import/preview, answered with
// one JSON refusal (nothing read) or an NDJSON stream of events ending in "done" or "error". Read whole here, for the
// attack and stall specs, as an outcome like a server action's: "ok", the refusal's code ("UNAUTHENTICATED",
// "RATE_LIMITED", "INVALID", …), or "HTTP <status>" when something in front of the app answered (the front server's
// limits).
import type { APIRequestContext } from "@playwright/test";
import type { PreviewLine } from "../app/(desk)/sources/import/preview/route";

export type PreviewAnswer = {
  outcome: string;
  /** The refusal's or the stream's error message, and each refused upload's line. */
  result: { message?: string; fileErrors: string[]; draftId?: string };
  /** From the post to the end of the answer. */
  ms: number;
};

export async function postPreview(api: APIRequestContext, form: FormData, headers: Record<string, string> = {}): Promise<PreviewAnswer> {
  const started = Date.now();
  const multipart = new FormData();
  for (const [name, value] of form.entries()) multipart.append(name, value);
  const response = await api.post("/sources/import/preview", { multipart, headers, maxRedirects: 0, timeout: 120_000 });
  const body = await response.text();
  const ms = Date.now() - started;
  const type = response.headers()["content-type"] ?? "";
  if (type.startsWith("application/json")) {
    const refusal = JSON.parse(body) as { code?: string; message?: string };
    return { outcome: refusal.code ?? `HTTP ${response.status()}`, result: { message: refusal.message, fileErrors: [] }, ms };
  }
  if (!type.startsWith("application/x-ndjson")) return { outcome: `HTTP ${response.status()}${response.headers().location ? ` ${response.headers().location}` : ""}`, result: { fileErrors: [] }, ms };
  const lines = body.split("\n").filter(Boolean).map((line) => JSON.parse(line) as PreviewLine);
  const fileErrors = lines.flatMap((line) => (line.type === "file-error" ? [line.message] : []));
  const last = lines.at(-1);
  if (last?.type === "done") return { outcome: "ok", result: { fileErrors, draftId: last.draftId }, ms };
  if (last?.type === "error") return { outcome: "INVALID", result: { message: last.message, fileErrors }, ms };
  return { outcome: `cut off after ${lines.length} events (last: ${last?.type ?? "none"}, HTTP ${response.status()})`, result: { fileErrors }, ms };
}
