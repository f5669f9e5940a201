"use client";
// The import screen's three steps (text, preview, result), kept in one client state so nothing typed is lost.
import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { previewImportAction, rereadImportAction, saveImportAction, type PreviewFile } from "@/app/actions/sources";
import type { LineRole, RoleOverride } from "@/lib/sources/line-roles";
import type { StoredOutcome } from "@/lib/sources/store-sources";
import type { FieldErrors } from "@/lib/errors";
import { format } from "@/lib/i18n/locale";
import { keepTyped, PreviewCard, type EditableMetadata, type PreviewLabels } from "./preview-card";

type Labels = PreviewLabels;
type Step = "text" | "preview" | "done";

const editableOf = (file: PreviewFile): EditableMetadata[] =>
  file.sources.map((s) => ({ title: s.title ?? "", publishedAt: s.publishedAt ?? "", agency: s.agency ?? "", outlet: s.outlet ?? "", author: s.author ?? "", language: s.language, url: s.url ?? "" }));

export function ImportScreen({ labels }: { labels: Labels }) {
  const [step, setStep] = useState<Step>("text");
  const [fileName, setFileName] = useState("");
  const [text, setText] = useState("");
  const [files, setFiles] = useState<PreviewFile[]>([]);
  const [edits, setEdits] = useState<EditableMetadata[][]>([]);
  // The line roles an editor corrected, per file: sent with the save, and remembered for the outlet.
  const [roles, setRoles] = useState<RoleOverride[][]>([]);
  const [rereading, setRereading] = useState<number | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<number, FieldErrors>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<StoredOutcome[]>([]);
  const [isPending, startTransition] = useTransition();
  const uploadRef = useRef<HTMLInputElement>(null);
  const textErrors = step === "text" && fieldErrors[-1];

  function preview(formData: FormData) {
    setMessage(null);
    startTransition(async () => {
      const result = await previewImportAction(formData);
      setFileErrors(result.fileErrors);
      if (!result.ok) {
        setMessage(result.message);
        setFieldErrors({ [-1]: result.fieldErrors });
        return;
      }
      setFiles(result.files);
      setEdits(result.files.map(editableOf));
      setRoles(result.files.map(() => []));
      setFieldErrors({});
      setStep("preview");
    });
  }

  /** A line's role corrected: the file is read again with it, and what the editor typed is kept. */
  function changeRole(fileIndex: number, key: string, role: LineRole) {
    const file = files[fileIndex];
    if (!file) return;
    const next = [...(roles[fileIndex] ?? []).filter((r) => r.key !== key), { key, role }];
    setRoles((all) => all.map((list, i) => (i === fileIndex ? next : list)));
    setRereading(fileIndex);
    startTransition(async () => {
      const result = await rereadImportAction({ fileName: file.fileName, text: file.text, roles: next });
      setRereading(null);
      if (!result.ok) {
        setMessage(result.message);
        return;
      }
      const derivedBefore = editableOf(file);
      const derivedAfter = editableOf({ ...file, sources: result.sources });
      setFiles((all) => all.map((f, i) => (i === fileIndex ? { ...f, sources: result.sources } : f)));
      setEdits((all) => all.map((list, i) => (i === fileIndex ? derivedAfter.map((derived, j) => keepTyped(list[j], derivedBefore[j], derived)) : list)));
    });
  }

  function save() {
    setMessage(null);
    startTransition(async () => {
      const stored: StoredOutcome[] = [];
      setProgress({ done: 0, total: files.length });
      for (const [fileIndex, file] of files.entries()) {
        const overrides = (edits[fileIndex] ?? []).map((edit, index) => ({ index, ...edit }));
        const result = await saveImportAction({ fileName: file.fileName, text: file.text, overrides, roles: roles[fileIndex] ?? [] });
        if (!result.ok) {
          // Keep the files already saved; show the errors on this file's cards.
          setMessage(`${file.fileName}: ${result.message}`);
          setFieldErrors({ [fileIndex]: result.fieldErrors });
          setFiles(files.slice(fileIndex));
          setEdits(edits.slice(fileIndex));
          setRoles(roles.slice(fileIndex));
          setOutcomes((previous) => [...previous, ...stored]);
          setProgress(null);
          return;
        }
        stored.push(...result.outcomes);
        setProgress({ done: fileIndex + 1, total: files.length });
      }
      setOutcomes((previous) => [...previous, ...stored]);
      setProgress(null);
      setStep("done");
    });
  }

  const sourceCount = files.reduce((n, f) => n + f.sources.length, 0);
  const stored = outcomes.filter((o) => o.status === "stored").length;

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
        <form action={preview} className="card">
          <h2>{labels.paste}</h2>
          <div className="field">
            <label htmlFor="import-name">{labels.name}</label>
            <input id="import-name" name="fileName" value={fileName} onChange={(e) => setFileName(e.target.value)} placeholder="voa-2023-09-13.txt" />
          </div>
          <div className="field">
            <label htmlFor="import-text">{labels.text}</label>
            <textarea
              id="import-text"
              name="text"
              rows={14}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={textErrors && textErrors.text ? true : undefined}
              aria-describedby={textErrors && textErrors.text ? "import-text-error" : undefined}
            />
            {textErrors && textErrors.text && (
              <p className="error" id="import-text-error">
                {textErrors.text.join(" ")}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="import-files">{labels.upload}</label>
            <input id="import-files" ref={uploadRef} name="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
          </div>
          <button className="button" type="submit" disabled={isPending} aria-busy={isPending}>
            {isPending ? labels.previewing : labels.preview}
          </button>
        </form>
      )}

      {step === "preview" && (
        <>
          {files.map((file, fileIndex) => (
            <section key={`${file.fileName}-${fileIndex}`} aria-label={file.fileName}>
              <h2>{format(labels.sourcesFound, { count: file.sources.length, file: file.fileName })}</h2>
              {file.sources.map((source, index) => (
                <PreviewCard
                  key={index}
                  source={source}
                  idPrefix={`f${fileIndex}-s${index}`}
                  value={edits[fileIndex]![index]!}
                  errors={fieldErrors[fileIndex]}
                  labels={labels}
                  onChange={(next) => setEdits((all) => all.map((list, i) => (i === fileIndex ? list.map((item, j) => (j === index ? next : item)) : list)))}
                  onRoleChange={(key, role) => changeRole(fileIndex, key, role)}
                  isRereading={rereading === fileIndex}
                />
              ))}
            </section>
          ))}
          <div className="row sticky-actions">
            <button className="button" type="button" onClick={save} disabled={isPending} aria-busy={isPending}>
              {progress ? format(labels.saving, progress) : format(labels.save, { count: sourceCount })}
            </button>
            <button className="button secondary" type="button" onClick={() => setStep("text")} disabled={isPending}>
              {labels.back}
            </button>
            {progress && <progress max={progress.total} value={progress.done} aria-label={format(labels.saving, progress)} />}
          </div>
        </>
      )}

      {step === "done" && (
        <section className="card" aria-live="polite">
          <h2>{format(labels.done, { stored, duplicates: outcomes.length - stored })}</h2>
          <ul className="outcomes">
            {outcomes.map((outcome) => (
              <li key={`${outcome.fileName}-${outcome.index}`} data-status={outcome.status}>
                <Link href={`/sources/${outcome.id}`}>{outcome.title ?? labels.sources.untitled}</Link> —{" "}
                {outcome.status === "stored" ? labels.stored : labels.duplicate}
                {outcome.nearDuplicateOf && (
                  <>
                    {" · "}
                    <Link href={`/sources/${outcome.nearDuplicateOf.id}`}>{format(labels.nearDuplicate, { title: outcome.nearDuplicateOf.title ?? labels.sources.untitled })}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
          <button
            className="button secondary"
            type="button"
            onClick={() => {
              setStep("text");
              setText("");
              setFileName("");
              setFiles([]);
              setOutcomes([]);
              if (uploadRef.current) uploadRef.current.value = "";
            }}
          >
            {labels.another}
          </button>
        </section>
      )}
    </div>
  );
}
