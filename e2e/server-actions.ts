// Calling the running build's server actions over HTTP as a browser does: the action's id from the build's
// manifest, the arguments encoded by React's own client encoder, the answer read from the RSC stream.
import fs from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";
import type { DirectHttp } from "./direct-http";

// The production build of the encoder, as a deployed browser bundle has (the development one warns on odd input).
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js") as { encodeReply: (value: unknown) => Promise<string | FormData> };

/** Replaces a dynamic segment in a page's path when calling an action through it. */
export const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

export type BuiltAction = { id: string; page: string };

/** `file#exportedName` → the action's id in the running build, and a page that carries it (its first worker). */
export function builtActions(): Map<string, BuiltAction> {
  type Entry = { workers: Record<string, unknown>; filename: string; exportedName: string };
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, Entry> };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0]!;
      const page = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, PLACEHOLDER_ID) || "/";
      return [`${entry.filename}#${entry.exportedName}`, { id, page }];
    }),
  );
}

/**
 * How an action is called: `form` becomes a FormData argument, after a null previous state when `state` is set
 * (actions behind useActionState); `value` is passed as the one argument instead; neither calls it without any.
 */
export type ActionArgs = { form?: Record<string, string>; state?: boolean; value?: unknown };

export type ActionAnswer = {
  /** The result's error code, "ok", "redirect <path>", or "HTTP <status> [location]" when the action did not answer. */
  outcome: string;
  result: unknown;
};

function argumentList(args: ActionArgs): unknown[] {
  if (args.value !== undefined) return [args.value];
  if (!args.form) return [];
  const form = new FormData();
  for (const [name, value] of Object.entries(args.form)) form.append(name, value);
  return args.state ? [null, form] : [form];
}

/** `api`: a Playwright request context, or the test process's own client for many calls (e2e/direct-http.ts). */
export async function callAction(api: APIRequestContext | DirectHttp, action: BuiltAction, args: ActionArgs, headers: Record<string, string> = {}): Promise<ActionAnswer> {
  const body = await encodeReply(argumentList(args));
  const allHeaders = { "next-action": action.id, accept: "text/x-component", ...headers, ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}) };
  const response =
    "isDirect" in api
      ? await api.post(action.page, { headers: allHeaders, data: body })
      : await api.post(action.page, { headers: allHeaders, ...(typeof body === "string" ? { data: body } : { multipart: body }), maxRedirects: 0 });
  const redirect = response.headers()["x-action-redirect"];
  if (redirect) return { outcome: `redirect ${new URL(redirect.split(";")[0]!, "http://x").pathname}`, result: null };
  if (response.status() !== 200) return { outcome: `HTTP ${response.status()} ${response.headers().location ?? ""}`.trim(), result: null };
  // Row "0" heads the stream; its `a` is the action's result, inline or as a reference ("$@1") to another row.
  const rows = flightRows(await response.body());
  const head = JSON.parse(rows.get("0") ?? "{}") as { a?: unknown };
  const result = typeof head.a === "string" && head.a.startsWith("$@") ? (JSON.parse(rows.get(head.a.slice(2)) ?? "null") as unknown) : head.a;
  if (result === undefined || result === "$undefined" || (result as { ok?: boolean } | null)?.ok === true) return { outcome: "ok", result };
  const code = (result as { code?: string } | null)?.code;
  return { outcome: code ?? `no code in ${JSON.stringify(result).slice(0, 200)}`, result };
}

/**
 * The rows of an RSC stream by id: `id:json\n`, or `id:T<hex byte length>,<text>` for a long string, which has
 * no line end (so the stream cannot be split on newlines). Rows tagged otherwise (I, HL, E…) keep their tag.
 */
function flightRows(stream: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < stream.length) {
    const colon = stream.indexOf(":", at);
    if (colon < 0) break;
    const id = stream.toString("utf8", at, colon);
    if (stream[colon + 1] === 0x54 /* T */) {
      const comma = stream.indexOf(",", colon);
      const length = parseInt(stream.toString("utf8", colon + 2, comma), 16);
      rows.set(id, JSON.stringify(stream.toString("utf8", comma + 1, comma + 1 + length)));
      at = comma + 1 + length;
    } else {
      const end = stream.indexOf("\n", colon);
      rows.set(id, stream.toString("utf8", colon + 1, end < 0 ? stream.length : end));
      at = end < 0 ? stream.length : end + 1;
    }
  }
  return rows;
}
