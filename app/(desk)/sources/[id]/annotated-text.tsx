"use client";
// The reader's text: highlights of claims and evidence, and a selection toolbar (C, A, E) to anchor new ones.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { LaidOutBlock, Mark } from "@/lib/sources/layout-blocks";
import { splitRuns } from "@/lib/sources/layout-blocks";
import { useReader } from "./reader-context";
import { useKeyboardSelection } from "./keyboard-selection";

export type Highlight = Mark & { kind: "appearance" | "evidence"; claimId: string; claimText: string; stance: string | null };
type Labels = { caption: string; makeClaim: string; addToClaim: string; useAsEvidence: string; selectionHelp: string; shortcuts: string; textLabel: string };
type Selected = { start: number; end: number; top: number; left: number };

/** Offset of (node, offset) inside a block element, counted over its text nodes. */
function offsetWithin(block: Element, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: count the text of the children before it.
    let count = 0;
    for (let i = 0; i < offset && i < node.childNodes.length; i++) count += node.childNodes[i]!.textContent?.length ?? 0;
    return (node === block ? 0 : offsetWithin(block, node, 0)) + count;
  }
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return count + offset;
    count += current.textContent?.length ?? 0;
  }
  return count;
}

function bodyOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const block = element?.closest("[data-start]");
  if (!block) return null;
  return Number(block.getAttribute("data-start")) + offsetWithin(block, node, offset);
}

export function AnnotatedText({ sourceId, blocks, highlights, labels }: { sourceId: string; blocks: LaidOutBlock[]; highlights: Highlight[]; labels: Labels }) {
  const router = useRouter();
  const reader = useReader();
  const container = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  // J/K and arrows move a sentence cursor that becomes the page's selection, read below like a mouse selection.
  useKeyboardSelection(text, blocks, selected, reader?.resumeAt ?? null);

  /** The page's selection inside the text, as body offsets, read now (not as last heard). */
  const currentSelection = useCallback((): Selected | null => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount || !container.current) return null;
    const range = selection.getRangeAt(0);
    if (!container.current.contains(range.commonAncestorContainer)) return null;
    const start = bodyOffset(range.startContainer, range.startOffset);
    const end = bodyOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    // Trim the whitespace a double-click or drag picks up at the edges.
    const text = selection.toString();
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (end - trail <= start + lead) return null;
    const rect = range.getBoundingClientRect();
    const box = container.current.getBoundingClientRect();
    return { start: start + lead, end: end - trail, top: rect.bottom - box.top + 6, left: Math.max(0, rect.left - box.left) };
  }, []);
  const readSelection = useCallback(() => setSelected(currentSelection()), [currentSelection]);

  const go = useCallback(
    (mode: "claim" | "attach" | "evidence", chosen: Selected | null = selected) => {
      if (!chosen) return;
      if (reader) return reader.act(mode, chosen);
      const query = new URLSearchParams({ sourceId, start: String(chosen.start), end: String(chosen.end), mode });
      router.push(`/desk/claims/new?${query}`);
    },
    [reader, router, selected, sourceId],
  );

  useEffect(() => {
    document.addEventListener("selectionchange", readSelection);
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.isContentEditable)) return;
      const mode = ({ c: "claim", a: "attach", e: "evidence" } as const)[event.key.toLowerCase() as "c" | "a" | "e"];
      if (!mode) return;
      // The selection as it is at this key: J then A typed quickly can arrive before the browser's selectionchange
      // event, and the state would still hold the sentence before.
      const fresh = currentSelection();
      if (!fresh) return;
      event.preventDefault();
      setSelected(fresh);
      go(mode, fresh);
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("selectionchange", readSelection);
      document.removeEventListener("keydown", onKey);
    };
  }, [currentSelection, go, readSelection]);

  return (
    <div className="annotated" ref={container}>
      <p className="hint selection-help">
        <strong>{labels.shortcuts}:</strong> {labels.selectionHelp}
      </p>
      <div className="source-text" ref={text} tabIndex={0} aria-label={labels.textLabel} data-testid="source-text">
        {blocks.map((block, index) => {
          if (block.start === null) {
            return (
              <p key={index} className="caption">
                <span className="caption-label">{labels.caption}: </span>
                {block.text}
              </p>
            );
          }
          const runs = splitRuns(block.text, block.start, highlights);
          const content = runs.map((run, i) =>
            run.marks.length ? (
              // A mark, not an <a href>: Chromium never starts a text selection inside a link, so a drag that begins on
              // a highlight would select nothing. It still opens its claim on a click (without a selection) or Enter.
              <mark
                key={i}
                role="link"
                tabIndex={0}
                className={`mark ${run.marks.some((m) => m.kind === "appearance") ? "mark-appearance" : `mark-evidence mark-${run.marks[0]!.stance?.toLowerCase()}`}`}
                title={run.marks.map((m) => m.claimText).join("\n")}
                data-testid="highlight"
                onClick={() => {
                  if (window.getSelection()?.isCollapsed !== false) router.push(`/desk/claims/${run.marks[0]!.claimId}`);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter") router.push(`/desk/claims/${run.marks[0]!.claimId}`);
                }}
              >
                {run.text}
              </mark>
            ) : (
              run.text
            ),
          );
          return block.kind === "heading" ? (
            <h2 key={index} data-start={block.start}>
              {content}
            </h2>
          ) : (
            <p key={index} data-start={block.start}>
              {content}
            </p>
          );
        })}
      </div>
      {selected && (
        <div className="selection-toolbar" role="toolbar" aria-label={labels.shortcuts} style={{ top: selected.top, left: selected.left }}>
          <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => go("claim")}>
            {labels.makeClaim}
          </button>
          <button type="button" className="button secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => go("attach")}>
            {labels.addToClaim}
          </button>
          <button type="button" className="button secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => go("evidence")}>
            {labels.useAsEvidence}
          </button>
        </div>
      )}
    </div>
  );
}
