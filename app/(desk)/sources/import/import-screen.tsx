"use client";
// The import screen's three steps (text, preview, saving job), kept in one client state so nothing typed is lost.
// Big pastes stay light on the browser: a large pasted text is held aside instead of in the text box, the server
// parses and keeps a draft, the preview's answer carries only each card's fields (the texts and line roles of one
// page of cards are fetched from the draft when it is shown), the articles the desk already holds are one line,
// and saving runs as a job on the server whose progress this screen polls (and finds again after a reload).
import { Fragment, startTransition as startBackground, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition } from "react";
import { importDraftPageAction, rereadImportAction, saveImportAction, startImportJobAction, type PreviewFile } from "@/app/actions/sources";
import type { DraftDetail, DraftPageItem } from "@/lib/sources/import-drafts";
import type { LineRole, RoleOverride } from "@/lib/sources/line-roles";
import type { ImportJobView } from "@/lib/sources/import-jobs";
import type { FieldErrors } from "@/lib/errors";
import { format } from "@/lib/i18n/locale";
import { FilePicker } from "@/app/components/file-picker";
import { editableOf, keepTyped, PreviewCard, type EditableMetadata, type PreviewLabels } from "./preview-card";
import { ImportJobPanel } from "./import-job-panel";
import { CARDS_PER_PAGE, DuplicatesLine, PreviewPages, type PreviewEntry } from "./preview-pages";
import type { PreviewLine, PreviewRefusal } from "./preview/route";

export type ImportLabels = PreviewLabels;
type Step = "text" | "preview" | "job";

/** Pastes longer than this are held aside, not put in the text box: a text box of megabytes freezes the tab. */
const BIG_PASTE_CHARS = 200_000;
/** One file of at most this many sources (one batch on the server) is saved at once; more become a job. */
const SAVE_AT_ONCE = 100;
/** The server's limit (MAX_IMPORT_BYTES), checked here first so a text over it is never sent. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Characters of a big paste encoded per task: encoding 5 MB to UTF-8 at once blocks the main thread for 200 ms. */
const SLICE_CHARS = 128 * 1024;
/** Cards whose texts and line roles are drawn per task once a page's details arrive (a card's role list is large). */
const DETAILS_PER_TASK = 1;

/** The next task, after the browser has drawn: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A text as a UTF-8 blob, encoded a slice per task (never splitting a surrogate pair); blobs of blobs are not copied. */
async function blobInSlices(text: string): Promise<Blob> {
  const parts: Blob[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SLICE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(new Blob([text.slice(start, end)]));
    start = end;
    if (start < text.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Blob(parts, { type: "text/plain" });
}

/** How often a preview being read is drawn again (its first page's cards and its end are drawn at once). */
const DRAW_EVERY_MS = 250;

/** The place of a file whose first line has not come yet, or that was refused before it was split. */
const NOT_READ: PreviewFile = { fileName: "", text: "", sources: [], failed: true };

const megabytes = (bytes: number) => (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function ImportScreen({ labels, initialJob }: { labels: ImportLabels; initialJob: ImportJobView | null }) {
  const running = initialJob && (initialJob.state === "queued" || initialJob.state === "running");
  const [step, setStep] = useState<Step>(running ? "job" : "text");
  const [job, setJob] = useState<ImportJobView | null>(running ? initialJob : null);
  const [lastJob, setLastJob] = useState<ImportJobView | null>(running ? null : initialJob);
  const [fileName, setFileName] = useState("");
  // bytes is null while the paste is still being encoded.
  const [bigPaste, setBigPaste] = useState<{ bytes: number | null; lines: number } | null>(null);
  // A big paste, held aside as a blob encoded a slice per task (sent as it is, for the preview, a re-read and the
  // save: never copied into state or encoded on this thread again).
  const bigBlob = useRef<Promise<Blob> | null>(null);
  // What the text box held when the preview was asked for: it comes back when the editor goes back to it.
  const [draft, setDraft] = useState("");
  const [files, setFiles] = useState<PreviewFile[]>([]);
  // The draft the server keeps for this preview, and the texts and line roles of the cards fetched from it so far.
  const [draftId, setDraftId] = useState<string | null>(null);
  const [details, setDetails] = useState<Record<string, DraftDetail | null>>({});
  // Bumped by every preview and re-read: a page's texts fetched before it are dropped on arrival.
  const generation = useRef(0);
  const requested = useRef(new Set<string>());
  // The details of the first page's cards, which the preview's answer carries (by "file:index").
  const firstPage = useRef(new Map<string, DraftDetail>());
  // Only what the editor changed, by "file:index": a keystroke copies one small object, not the whole preview.
  const [edits, setEdits] = useState<Record<string, EditableMetadata>>({});
  // The line roles an editor corrected, per file: sent with the save, and remembered for the outlet.
  const [roles, setRoles] = useState<RoleOverride[][]>([]);
  const [rereading, setRereading] = useState<number | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<number, FieldErrors>>({});
  const [isPending, startTransition] = useTransition();
  // A preview being read (its request, to abort), and how far: the "n of m articles read" line.
  const reading = useRef<AbortController | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [progress, setProgress] = useState<{ read: number; articles: number } | null>(null);
  useEffect(() => () => reading.current?.abort(), []);
  const uploadRef = useRef<HTMLInputElement>(null);
  const textErrors = step === "text" && fieldErrors[-1];

  function onPaste(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    const pasted = event.clipboardData.getData("text/plain");
    if (pasted.length < BIG_PASTE_CHARS) return;
    event.preventDefault();
    const box = event.currentTarget;
    const before = box.value.slice(0, box.selectionStart);
    const after = box.value.slice(box.selectionEnd);
    // The paste event's task only takes the text (the browser has just copied megabytes into it): counting its
    // lines, encoding it and drawing the notice each follow in a task of their own.
    setTimeout(() => holdBigPaste(before || after ? before + pasted + after : pasted), 0);
  }

  function holdBigPaste(text: string) {
    const lines = countLines(text);
    const blob = blobInSlices(text);
    bigBlob.current = blob;
    startBackground(() => setBigPaste({ bytes: null, lines }));
    void blob.then((done) => {
      if (bigBlob.current === blob) startBackground(() => setBigPaste({ bytes: done.size, lines }));
    });
  }

  function clearBigPaste() {
    bigBlob.current = null;
    setBigPaste(null);
  }

  function preview(formData: FormData) {
    setMessage(null);
    const pendingBlob = bigPaste ? bigBlob.current : null;
    if (!pendingBlob) setDraft(String(formData.get("text") ?? ""));
    // A preview asked for again replaces the one still being read (its request is aborted: the server drops it).
    reading.current?.abort();
    const stop = new AbortController();
    reading.current = stop;
    setPreviewing(true);
    void readPreview(formData, pendingBlob, stop.signal).finally(() => {
      if (reading.current === stop) {
        reading.current = null;
        setPreviewing(false);
        setProgress(null);
      }
    });
  }

  /**
   * Sends the form to the streamed preview (sources/import/preview/route.ts) and draws what it reads as it comes: the
   * preview step shows once the text is split, the first page's cards as soon as they are read, and the rest join the
   * pages; the draft (paging, re-reading, saving) is usable once the last line says it is done.
   */
  async function readPreview(formData: FormData, pendingBlob: Promise<Blob> | null, signal: AbortSignal) {
    let bytes = 0;
    if (pendingBlob) {
      const blob = await pendingBlob;
      formData.set("text", blob, "pasted.txt");
      bytes = blob.size;
    } else {
      const text = String(formData.get("text") ?? "");
      bytes = text.length * 3 > MAX_IMPORT_BYTES ? new Blob([text]).size : text.length;
    }
    bytes += formData
      .getAll("files")
      .filter((f): f is File => f instanceof File)
      .reduce((n, f) => n + f.size, 0);
    if (bytes > MAX_IMPORT_BYTES) {
      const line = format(labels.textTooLarge, { size: megabytes(bytes) });
      setMessage(line);
      setFieldErrors({ [-1]: { text: [line] } });
      return;
    }
    // The first page's details come with the answer: its cards are drawn whole without a second request.
    formData.set("firstPage", String(CARDS_PER_PAGE));
    const refuse = (message: string, fieldErrors: FieldErrors) => {
      setMessage(message);
      setFieldErrors({ [-1]: fieldErrors });
      setStep("text");
      setFiles([]);
    };
    // A paste alone is sent as the body itself, read by the server as it arrives; with uploads, as the form.
    const uploads = formData.getAll("files").filter((f): f is File => f instanceof File && (f.size > 0 || Boolean(f.name)));
    const pasted = formData.get("text");
    const query = new URLSearchParams({ fileName: String(formData.get("fileName") ?? ""), firstPage: String(CARDS_PER_PAGE) });
    const request: RequestInit = uploads.length
      ? { method: "POST", body: formData, signal }
      : { method: "POST", body: pasted ?? "", headers: { "Content-Type": "text/plain; charset=utf-8" }, signal };
    let response: Response;
    try {
      response = await fetch(uploads.length ? "/sources/import/preview" : `/sources/import/preview?${query}`, request);
    } catch {
      if (!signal.aborted) refuse(labels.sendFailed, {});
      return;
    }
    if (!response.ok || !response.body || !response.headers.get("content-type")?.startsWith("application/x-ndjson")) {
      const refusal = (await response.json().catch(() => null)) as PreviewRefusal | null;
      if (!signal.aborted) refuse(refusal?.message ?? labels.sendFailed, refusal?.fieldErrors ?? {});
      return;
    }
    generation.current++;
    requested.current = new Set();
    firstPage.current = new Map();
    setDraftId(null);
    // The files as read so far, by the draft's file index; copied into state once per chunk of lines received.
    const read: PreviewFile[] = [];
    const counts: { read: number; articles: number }[] = [];
    const errors: string[] = [];
    let started = false;
    let ended = false;
    let refused = false;
    const apply = (line: PreviewLine) => {
      switch (line.type) {
        case "file":
          read[line.fileIndex] = { fileName: line.fileName, text: "", sources: [], kept: true, ...(line.pasted ? { pasted: true as const } : {}), ...(line.renamed ? { renamed: true as const } : {}) };
          counts[line.fileIndex] = { read: 0, articles: line.articles };
          return;
        case "batch": {
          const file = read[line.fileIndex];
          if (!file) return;
          read[line.fileIndex] = { ...file, sources: file.sources.concat(line.sources) };
          counts[line.fileIndex] = { read: line.read, articles: line.articles };
          for (const item of line.details) if (item.detail) firstPage.current.set(`${item.fileIndex}:${item.index}`, item.detail);
          return;
        }
        case "file-error": {
          read[line.fileIndex] = { ...(read[line.fileIndex] ?? NOT_READ), sources: [], failed: true };
          counts[line.fileIndex] = { read: 0, articles: 0 };
          errors.push(line.message);
          return;
        }
        case "done":
          ended = true;
          // Where the server spent its time, for whoever measures the preview (e2e/big-paste.spec.ts reads the mark).
          performance.mark("import-preview-answered", { detail: line.timings });
          setDraftId(line.draftId);
          return;
        case "error":
          ended = true;
          refused = true;
          refuse(line.message, line.fieldErrors);
          // Uploads refused before it (every upload refused: "no article text") are named with it, whether or not a
          // draw showed them yet: they came in the same chunk when the server answered quickly.
          setFileErrors([...errors]);
      }
    };
    // Drawn at most every DRAW_EVERY_MS while reading (the first cards and the end at once): each draw goes through
    // the pages' lists, and the browser shares the machine with the server's parse.
    let drawnAt = 0;
    let drawnCards = 0;
    const draw = () => {
      // A file not split yet holds its place (positions are the draft's file indexes), hidden until it is.
      const files = Array.from(read, (file) => file ?? NOT_READ);
      drawnAt = performance.now();
      drawnCards = files.reduce((n, f) => n + f.sources.length, 0);
      if (!started && files.length) {
        started = true;
        setDetails({});
        setEdits({});
        setRoles(files.map(() => []));
        setFieldErrors({});
        setStep("preview");
      }
      if (!started) return;
      setFiles(files);
      setFileErrors([...errors]);
      setProgress(ended ? null : counts.reduce((all, c) => ({ read: all.read + (c?.read ?? 0), articles: all.articles + (c?.articles ?? 0) }), { read: 0, articles: 0 }));
      setRoles((all) => (all.length === files.length ? all : files.map((_, i) => all[i] ?? [])));
    };
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        for (let newline = buffered.indexOf("\n"); newline >= 0; newline = buffered.indexOf("\n")) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          if (line) apply(JSON.parse(line) as PreviewLine);
        }
        if (signal.aborted || refused) return;
        const cards = read.reduce((n, f) => n + (f?.sources.length ?? 0), 0);
        if (ended || !started || (drawnCards < CARDS_PER_PAGE && cards > drawnCards) || performance.now() - drawnAt >= DRAW_EVERY_MS) draw();
      }
      if (!signal.aborted && !refused) draw();
    } catch {
      if (!signal.aborted) refuse(labels.sendFailed, {});
      return;
    }
    if (!ended && !signal.aborted) refuse(labels.sendFailed, {});
  }

  /** The text of a file as this screen holds it, as a form part (a big paste as the blob already encoded), for a
   * file whose text the server's draft does not keep. */
  async function textPartOf(file: PreviewFile): Promise<Blob | string> {
    // A pasted or uploaded file's text stays in the server's draft: the draft and the file's position are sent instead.
    if (file.kept && draftId) return "";
    if (!file.pasted) return file.text;
    return bigBlob.current ? await bigBlob.current : draft;
  }

  /** A line's role corrected: the file is read again with it, and what the editor typed is kept. */
  function changeRole(fileIndex: number, key: string, role: LineRole) {
    const file = files[fileIndex];
    // Until the preview's last line names its draft there is nothing to read again (the roles wait meanwhile).
    if (!file || !draftId) return;
    const next = [...(roles[fileIndex] ?? []).filter((r) => r.key !== key), { key, role }];
    setRoles((all) => all.map((list, i) => (i === fileIndex ? next : list)));
    setRereading(fileIndex);
    startTransition(async () => {
      const form = new FormData();
      form.set("draftId", draftId);
      form.set("fileIndex", String(fileIndex));
      form.set("fileName", file.fileName);
      form.set("roles", JSON.stringify(next));
      if (!file.kept) form.set("text", await textPartOf(file));
      let result: Awaited<ReturnType<typeof rereadImportAction>>;
      try {
        result = await rereadImportAction(form);
      } catch {
        setRereading(null);
        setMessage(labels.sendFailed);
        return;
      }
      setRereading(null);
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      // The file's texts in the draft were replaced: the page shown asks for them again.
      generation.current++;
      requested.current = new Set();
      firstPage.current = new Map();
      setDetails((all) => Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(`${fileIndex}:`))));
      setFiles((all) => all.map((f, i) => (i === fileIndex ? { ...f, sources: result.sources } : f)));
      setEdits((all) => {
        const out = { ...all };
        result.sources.forEach((derivedSource, j) => {
          const key = `${fileIndex}:${j}`;
          const before = file.sources[j];
          if (out[key] && before) out[key] = keepTyped(out[key], editableOf(before), editableOf(derivedSource));
        });
        return out;
      });
    });
  }

  function save() {
    setMessage(null);
    const overrides = files.map((_, fileIndex) =>
      Object.entries(edits)
        .filter(([key]) => key.startsWith(`${fileIndex}:`))
        .map(([key, edit]) => ({ index: Number(key.slice(key.indexOf(":") + 1)), ...edit })),
    );
    const showErrors = (message: string, fieldErrors: FieldErrors, pattern: RegExp) => {
      // Errors name the position in the corrections sent (and the file): show them on the card of that source.
      const byFile: Record<number, FieldErrors> = {};
      for (const [key, value] of Object.entries(fieldErrors)) {
        const match = key.match(pattern);
        if (!match) continue;
        const fileIndex = Number(match.groups?.file ?? 0);
        const index = overrides[fileIndex]?.[Number(match.groups!.position)]?.index;
        if (index !== undefined) (byFile[fileIndex] ??= {})[`overrides.${index}.${match.groups!.field}`] = value;
      }
      setMessage(message);
      setFieldErrors(byFile);
    };
    const [only] = files;
    // A small text goes as an action argument (encoded on this thread); a big one as a form part, below.
    const isSmall = (file: PreviewFile) => (file.pasted ? !bigBlob.current && draft.length < BIG_PASTE_CHARS : file.text.length < BIG_PASTE_CHARS);
    if (files.length === 1 && only && only.sources.length <= SAVE_AT_ONCE && isSmall(only)) {
      // A small text is one batch: stored at once, without a job to follow.
      startTransition(async () => {
        let result: Awaited<ReturnType<typeof saveImportAction>>;
        try {
          // The draft keeps the text previewed: never sent again (a text edited since was previewed again, into a new draft).
          const text = only.kept && draftId ? "" : only.pasted ? draft : only.text;
          result = await saveImportAction({ fileName: only.fileName, text, overrides: overrides[0]!, roles: roles[0] ?? [], ...(only.kept && draftId ? { draftId, fileIndex: 0 } : {}) });
        } catch {
          setMessage(labels.sendFailed);
          return;
        }
        if (!result.ok) return showErrors(result.message, result.fieldErrors, /^overrides\.(?<position>\d+)\.(?<field>.+)$/);
        const stored = result.outcomes.filter((o) => o.status === "stored");
        const now = new Date().toISOString();
        setJob({
          id: "",
          state: "done",
          total: result.outcomes.length,
          done: result.outcomes.length,
          stored: stored.length,
          duplicates: result.outcomes.length - stored.length,
          failed: 0,
          error: null,
          createdAt: now,
          finishedAt: now,
          outcomes: [...stored, ...result.outcomes.filter((o) => o.status !== "stored")],
        });
        setStep("job");
      });
      return;
    }
    startTransition(async () => {
      const form = new FormData();
      const keptIn = (file: PreviewFile, fileIndex: number) => (file.kept && draftId ? { draftId, fileIndex } : {});
      // An upload the preview refused keeps its place (the draft's file indexes) but is not saved.
      const saved = files.flatMap((file, i) => (file.failed ? [] : [{ file, i }]));
      form.set("manifest", JSON.stringify(saved.map(({ file, i }) => ({ fileName: file.fileName, overrides: overrides[i]!, roles: roles[i] ?? [], ...keptIn(file, i) }))));
      // A previewed text (pasted or uploaded) is in the draft: an empty part stands for it.
      for (const { file } of saved) form.append("text", await textPartOf(file));
      let result: Awaited<ReturnType<typeof startImportJobAction>>;
      try {
        result = await startImportJobAction(form);
      } catch {
        setMessage(labels.sendFailed);
        return;
      }
      if (!result.ok) return showErrors(result.message, result.fieldErrors, /^files\.(?<file>\d+)\.overrides\.(?<position>\d+)\.(?<field>.+)$/);
      setJob(result.job);
      setStep("job");
    });
  }

  /** Back to the text: a preview still being read is stopped (the server drops its draft). */
  function back() {
    reading.current?.abort();
    setStep("text");
  }

  function startAgain() {
    setLastJob(job);
    setJob(null);
    setStep("text");
    clearBigPaste();
    setDraft("");
    setFileName("");
    setFiles([]);
    setEdits({});
    setFileErrors([]);
    if (uploadRef.current) {
      uploadRef.current.value = "";
      uploadRef.current.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  /** The texts and line roles of the cards now shown, fetched once each from the draft (small requests, off any transition). */
  const showPage = useCallback(
    async (shown: PreviewEntry[]) => {
      const items = shown.map(({ fileIndex, source }) => ({ fileIndex, index: source.index })).filter(({ fileIndex, index }) => !requested.current.has(`${fileIndex}:${index}`));
      if (!items.length) return;
      const asked = generation.current;
      // The first page's details came with the preview's answer; only the others are asked for, once the draft is
      // complete (while the preview is still read, the draft cannot be read: they are asked for when it is done).
      const held: DraftPageItem[] = [];
      const asking = items.filter((item) => {
        const detail = firstPage.current.get(`${item.fileIndex}:${item.index}`);
        if (detail) held.push({ ...item, detail });
        return !detail && draftId !== null;
      });
      for (const { fileIndex, index } of [...held, ...asking]) requested.current.add(`${fileIndex}:${index}`);
      if (!held.length && !asking.length) return;
      let result: Awaited<ReturnType<typeof importDraftPageAction>> = { ok: true, items: [] };
      if (asking.length && draftId) {
        try {
          result = await importDraftPageAction({ draftId, items: asking });
        } catch {
          result = { ok: false, message: labels.sendFailed, fieldErrors: {} };
        }
      }
      if (asked !== generation.current) return;
      if (!result.ok) {
        for (const { fileIndex, index } of asking) requested.current.delete(`${fileIndex}:${index}`);
        setMessage(result.message);
      }
      result = { ok: true, items: [...held, ...(result.ok ? result.items : [])] };
      // A few cards per task: twenty role lists drawn at once would be one long task.
      for (let i = 0; i < result.items.length; i += DETAILS_PER_TASK) {
        if (i > 0) await nextTask();
        if (asked !== generation.current) return;
        const slice = result.items.slice(i, i + DETAILS_PER_TASK);
        startBackground(() =>
          setDetails((all) => {
            const out = { ...all };
            for (const item of slice) out[`${item.fileIndex}:${item.index}`] = item.detail;
            return out;
          }),
        );
      }
    },
    [draftId, labels.sendFailed],
  );

  // Callbacks the cards keep across renders (cards are memoised): a change reaches only its own card.
  const onCardChange = useCallback((key: string, next: EditableMetadata) => setEdits((all) => ({ ...all, [key]: next })), []);
  const latestChangeRole = useRef(changeRole);
  useLayoutEffect(() => {
    latestChangeRole.current = changeRole;
  });
  const onRoleChange = useCallback((fileIndex: number, key: string, role: LineRole) => latestChangeRole.current(fileIndex, key, role), []);

  const { entries, existing } = useMemo(() => {
    const entries: PreviewEntry[] = [];
    const existing: PreviewEntry[] = [];
    files.forEach((file, fileIndex) => file.sources.forEach((source) => (source.existingId ? existing : entries).push({ fileIndex, source })));
    return { entries, existing };
  }, [files]);
  // Read to the end, and every article already in the desk: saving would store nothing.
  const isNothingNew = Boolean(draftId) && !previewing && entries.length === 0 && existing.length > 0;

  return (
    <div className="importer">
      {message && (
        <div className="notice error" role="alert" tabIndex={-1}>
          {message}
        </div>
      )}
      {fileErrors.length > 0 && (
        <div className="notice warn" role="status">
          {labels.fileErrors}
          <ul>
            {fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      {step === "text" && (
        <>
          <form action={preview} className="card">
            <h2>{labels.paste}</h2>
            <div className="field">
              <label htmlFor="import-name">{labels.name}</label>
              <input id="import-name" name="fileName" value={fileName} onChange={(e) => setFileName(e.target.value)} placeholder="voa-2023-09-13.txt" />
            </div>
            {bigPaste ? (
              <div className="field">
                <p className="notice" role="status" data-testid="big-paste">
                  {format(labels.bigPaste, { size: bigPaste.bytes === null ? "…" : megabytes(bigPaste.bytes), lines: bigPaste.lines.toLocaleString() })}
                </p>
                <button className="button secondary" type="button" onClick={clearBigPaste}>
                  {labels.clearPaste}
                </button>
              </div>
            ) : (
              <div className="field">
                <label htmlFor="import-text">{labels.text}</label>
                {/* Not controlled: the text is read when the form is sent, not copied into state at each keystroke. */}
                <textarea
                  id="import-text"
                  name="text"
                  rows={14}
                  defaultValue={draft}
                  onPaste={onPaste}
                  aria-invalid={textErrors && textErrors.text ? true : undefined}
                  aria-describedby={textErrors && textErrors.text ? "import-text-error" : undefined}
                />
              </div>
            )}
            {textErrors && textErrors.text && (
              <p className="error" id="import-text-error">
                {textErrors.text.join(" ")}
              </p>
            )}
            <FilePicker
              id="import-files"
              label={labels.upload}
              labels={labels}
              inputRef={uploadRef}
              name="files"
              multiple
              accept=".txt,.md,.markdown,.html,.htm,.mhtml,.mht,.eml,.docx,.odt,text/plain,text/markdown,text/html,multipart/related,message/rfc822,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
            />
            <button className="button" type="submit" disabled={isPending || previewing} aria-busy={isPending || previewing}>
              {isPending || previewing ? labels.previewing : labels.preview}
            </button>
          </form>
          {lastJob && (
            <details className="card">
              <summary>{labels.lastJob}</summary>
              <ImportJobPanel job={lastJob} labels={labels} onChange={setLastJob} />
            </details>
          )}
        </>
      )}

      {step === "preview" && (
        <>
          {files.map((file, fileIndex) =>
            file.failed ? null : (
              <Fragment key={`${file.fileName}-${fileIndex}`}>
                <h2>{format(labels.sourcesFound, { count: file.sources.length, file: file.fileName })}</h2>
                {file.renamed && (
                  <p className="notice" data-testid="file-renamed">
                    {labels.fileRenamed}
                  </p>
                )}
              </Fragment>
            ),
          )}
          {progress && (
            <p className="notice" role="status" data-testid="preview-progress">
              {format(labels.reading, { read: progress.read.toLocaleString(), articles: progress.articles.toLocaleString() })} {labels.readingHint}
            </p>
          )}
          <DuplicatesLine entries={existing} labels={labels} />
          <PreviewPages
            entries={entries}
            labels={labels}
            onShow={showPage}
            renderCard={({ fileIndex, source }) => {
              const key = `${fileIndex}:${source.index}`;
              return (
                <PreviewCard
                  key={key}
                  cardKey={key}
                  fileIndex={fileIndex}
                  source={source}
                  detail={details[key]}
                  idPrefix={`f${fileIndex}-s${source.index}`}
                  edit={edits[key]}
                  errors={fieldErrors[fileIndex]}
                  labels={labels}
                  onChange={onCardChange}
                  onRoleChange={onRoleChange}
                  isRereading={rereading === fileIndex}
                  rolesWaiting={!draftId}
                />
              );
            }}
          />
          <div className="row sticky-actions">
            {/* Saving waits for the whole text to be read: until then the draft holds only part of it. */}
            {/* The count is of what will be stored: the articles the desk already holds are skipped. */}
            <button className="button" type="button" onClick={save} disabled={isPending || previewing || !draftId || isNothingNew} aria-busy={isPending || previewing}>
              {isNothingNew ? labels.nothingNew : format(labels.save, { count: entries.length })}
            </button>
            <button className="button secondary" type="button" onClick={back} disabled={isPending}>
              {labels.back}
            </button>
          </div>
        </>
      )}

      {step === "job" && job && (
        <section className="card" aria-live="polite">
          <ImportJobPanel job={job} labels={labels} onChange={setJob} />
          {(job.state === "done" || job.state === "failed") && (
            <button className="button secondary" type="button" onClick={startAgain}>
              {labels.another}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
