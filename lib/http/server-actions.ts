// Server-action requests the front server answers itself. Next logs a stack trace for each POST naming an action its
// build does not have ("Failed to find Server Action", "The Server Reference ID did not match") and an error line for
// each one sent from another site, so anyone could fill the logs with one request line repeated. Here an unknown id is
// answered 404 with the header Next's client router reads for a deployment it no longer matches, a cross-site one 403,
// neither reaches the app, and the log gets one counted line a minute. `Next-Action` on any method but POST names no
// action (Next ignores it there): the front server drops it, so it no longer keeps the page out of the cache.
import fs from "node:fs";
import path from "node:path";
import { LogTally } from "./log-tally";

export const ACTION_HEADER = "next-action";
/** What Next's client router reads to know the server has no such action (a page from an older deployment). */
export const ACTION_NOT_FOUND_HEADER = "x-nextjs-action-not-found";

export type ActionRequest = { method: string | undefined; action: string | string[] | undefined; origin: string | string[] | undefined; resolvedHost: string | undefined };
export type ActionAnswer = { status: number; headers: Record<string, string>; body: string; reason: ActionRefusal };
/** Why a server-action request was refused: an id the build lacks, another site's page, a body that is no form. */
export type ActionRefusal = "unknown" | "cross-site" | "malformed";

/**
 * The ids of the build's server actions, from Next's manifest, or null when there is no build to read (development,
 * where the manifest grows as pages compile): then every id passes to the app.
 */
export function readServerActionIds(distDir = ".next"): ReadonlySet<string> | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

function plain(status: number, body: string, reason: ActionAnswer["reason"], extra: Record<string, string> = {}): ActionAnswer {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra }, body, reason };
}

/** The host an Origin header names, as Next compares it with the request's host; null when it names none. */
function originHost(origin: string): string | null {
  try {
    return origin === "null" ? null : new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * The answer for a POST naming a server action the app must not see, or null to pass it on. `actionIds` null: no
 * build to check ids against. An Origin that is not the host the request was sent to (Next's own check, which refuses
 * it with a 500 and a logged error) is answered 403; a request without Origin passes, as Next lets it.
 */
export function refuseServerAction(request: ActionRequest, actionIds: ReadonlySet<string> | null): ActionAnswer | null {
  if (request.action === undefined || (request.method ?? "").toUpperCase() !== "POST") return null;
  const id = Array.isArray(request.action) ? request.action.join(",") : request.action;
  if (actionIds && !actionIds.has(id)) {
    return plain(404, "Thao tác này không còn trên máy chủ: hãy tải lại trang. / This action is no longer on the server: reload the page.\n", "unknown", { [ACTION_NOT_FOUND_HEADER]: "1" });
  }
  const origin = Array.isArray(request.origin) ? request.origin.join(",") : request.origin;
  if (origin !== undefined && originHost(origin) !== request.resolvedHost) {
    return plain(403, "Thao tác này chỉ được gửi từ chính trang này. / This action can only be sent from this site's own pages.\n", "cross-site");
  }
  return null;
}

/**
 * Refusals counted for the log: the first is told at once, later ones at most once a minute with how many came since,
 * so a flood of them costs one line a minute.
 */
export class ActionRefusalTally {
  private readonly tally: LogTally;

  constructor(everyMs = 60_000) {
    this.tally = new LogTally(everyMs);
  }

  /** Counts one refusal; returns the line to log now, or null. */
  note(reason: ActionRefusal, now = Date.now()): string | null {
    const count = this.tally.note(now);
    return count === null ? null : `refused ${count} server-action request${count === 1 ? "" : "s"} naming an unknown action, sent from another site or not a form (the latest: ${reason}); at most one such line a minute`;
  }
}
