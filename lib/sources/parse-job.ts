// One import parse as a message-passing job: bytes (an uploaded file) or text (a preview being saved) in,
// the decoded text and its sources or the reason it was refused out. Pure; run by parse-worker.mjs.
import { decodeImportFile, ImportFileError, parseImportInSteps, parseImportWithProfiles, type ImportErrorReason, type ParsedSource, type ParsePlan, type ParseStep } from "./parse-import";
import type { RoleOverride } from "./line-roles";
import type { OutletProfileRules } from "./outlet-profiles";
import { previewSourceOf, shapeParsed, shapeSource, type ShapedSource } from "./preview-shape";

/**
 * `profiles`: the outlet profiles that may apply; the result names those applied (by outlet key). `shape: "preview"`:
 * the articles come back shaped for a preview (`shaped`; `sources` is empty), and the text only if it was decoded
 * here from bytes (the caller has a text it sent).
 */
export type ParseJob = { fileName: string; bytes?: Uint8Array; text?: string; roles?: RoleOverride[]; profiles?: OutletProfileRules[]; shape?: "preview"; stream?: true };
/**
 * A streamed preview's progress (`stream: true`): the articles shaped since the last report, in order, and how many
 * of the file's `articles` have been read. The first report comes once the text is split (`shaped` may be empty).
 */
export type ParseProgress = { articles: number; read: number; shaped: ShapedSource[]; /** The worker's time on the job so far. */ ms: number };
export type ParseJobResult =
  | { ok: true; text: string; sources: ParsedSource[]; applied: string[]; shaped?: ShapedSource[]; timings?: ParseTimings }
  | { ok: false; reason: ImportErrorReason; message: string; params: Record<string, string | number> };

/** Where a preview's parse spent its time on the worker, in milliseconds (for the preview's timings). */
export type ParseTimings = { decodeMs: number; parseMs: number; shapeMs: number };

/** How often a streamed parse reports the articles it has read (the first page's cards wait for the first report). */
export const PROGRESS_EVERY_MS = 40;

/**
 * `report`: for a streamed job, called with each ParseProgress (the preview's articles go there, not in the result,
 * whose `shaped` is then empty).
 */
export function runParseJob(job: ParseJob, report?: (progress: ParseProgress) => void): ParseJobResult {
  try {
    const t0 = performance.now();
    const text = job.bytes ? decodeImportFile(job.bytes, job.fileName) : (job.text ?? "");
    const t1 = performance.now();
    if (job.stream && report) {
      const applied = streamParse(text, job, (progress) => report({ ...progress, ms: performance.now() - t0 }));
      const timings = { decodeMs: t1 - t0, parseMs: performance.now() - t1, shapeMs: 0 };
      return { ok: true, text: job.bytes ? text : "", sources: [], applied: applied.map((p) => p.outletKey), shaped: [], timings };
    }
    const { sources, applied } = parseImportWithProfiles(text, job.fileName, { roles: job.roles, profiles: job.profiles });
    if (job.shape === "preview") {
      const t2 = performance.now();
      const shaped = shapeParsed(sources, applied);
      const timings = { decodeMs: t1 - t0, parseMs: t2 - t1, shapeMs: performance.now() - t2 };
      return { ok: true, text: job.bytes ? text : "", sources: [], applied: applied.map((p) => p.outletKey), shaped, timings };
    }
    return { ok: true, text, sources, applied: applied.map((p) => p.outletKey) };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return { ok: false, reason: error.reason, message: error.message, params: error.params };
  }
}

/**
 * The articles of `text` parsed in order and reported every PROGRESS_EVERY_MS, shaped for a preview (each with the
 * profile it was read with); returns the profiles applied, in the order of `job.profiles`.
 */
function streamParse(text: string, job: ParseJob, report: (progress: Omit<ParseProgress, "ms">) => void): OutletProfileRules[] {
  const steps = parseImportInSteps(text, job.fileName, { roles: job.roles, profiles: job.profiles });
  const { articles } = steps.next().value as ParsePlan;
  report({ articles, read: 0, shaped: [] });
  const applied = new Set<string>();
  let shaped: ShapedSource[] = [];
  let index = 0;
  let read = 0;
  let reported = performance.now();
  for (let step = steps.next(); !step.done; step = steps.next()) {
    const { source, profile } = step.value as ParseStep;
    read++;
    if (profile) applied.add(profile.outletKey);
    if (source) shaped.push(shapeSource(previewSourceOf(source, index++, profile ? [profile] : [])));
    if (performance.now() - reported >= PROGRESS_EVERY_MS || read === articles) {
      report({ articles, read, shaped });
      shaped = [];
      reported = performance.now();
    }
  }
  if (shaped.length) report({ articles, read, shaped });
  return (job.profiles ?? []).filter((p) => applied.has(p.outletKey));
}

/**
 * A streamed preview's parse of `text` as steps, one article each, with nothing reported: a worker started ahead of any
 * job runs them to have the JIT compile the parser, and stops as soon as a job comes (parse-worker.mjs).
 */
export function* warmUpSteps(text: string): Generator<void, void, void> {
  const steps = parseImportInSteps(text, "warm-up.txt");
  steps.next();
  let index = 0;
  for (let step = steps.next(); !step.done; step = steps.next()) {
    const { source } = step.value as ParseStep;
    if (source) shapeSource(previewSourceOf(source, index++, []));
    yield;
  }
}

/**
 * Two short articles, one Vietnamese and one English, in the shapes a copy prints (a masthead, a date line, a byline,
 * a caption, a related box, a footer): parsed once by a new worker before it says it is ready, so that compiling the
 * parser's patterns is not counted in its first job's time budget.
 */
export const FIRST_PARSE_SAMPLE = [
  "BÁO MẪU",
  "Thế giới",
  "Nga và Triều Tiên ký thỏa thuận hợp tác mới",
  "Thứ Năm, 03/12/2026 - 14:20 (GMT+7)",
  "Ngày 3/12, hai nước ký thỏa thuận về vận tải hàng hóa qua cửa khẩu đường bộ Tumangang, theo hãng tin Yonhap.",
  "Tàu hàng cập cảng Rajin. Ảnh: Reuters",
  "Phía Hàn Quốc cho biết sẽ theo dõi sát các chuyến hàng qua biên giới trong những tháng tới.",
  "Tin liên quan",
  "Nhật Bản phản đối cuộc tập trận chung",
  "Minh Anh (Theo Reuters)",
  "© Bản quyền thuộc về Báo Mẫu.",
  "",
  "",
  "THE SAMPLE TIMES",
  "Russia and North Korea open a second road crossing",
  "By Jane Doe, Reuters",
  "Published December 3, 2026 4:05pm | Updated 6:10pm",
  "SEOUL, Dec 3 (Reuters) - The two countries opened a second road crossing on Thursday, officials said.",
  "A truck waits at the border. (AP Photo/John Roe)",
  "South Korea said it would watch shipments across the border closely in the coming months.",
  "Read more: Japan protests joint drill",
  "Sign up for our newsletter",
  "",
].join("\n");
