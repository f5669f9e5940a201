"use client";
// The reader's keyboard selection: J/K (or ↓/↑ in the text) select the next or previous sentence, Shift+J/K add or take
// back a sentence, Shift+→/← a word. The cursor becomes the page's own selection, so C/A/E and the toolbar read it
// exactly as they read a mouse selection.
import { useEffect, useMemo, useRef, type RefObject } from "react";
import type { LaidOutBlock } from "@/lib/sources/layout-blocks";
import { moveCursor, segmentsOf, sentenceAt, type CursorMove, type Span } from "@/lib/sources/text-cursor";

/** The text node and offset of a body offset inside the text's blocks (those with a body position). */
function domPoint(root: HTMLElement, offset: number, isEnd: boolean): { node: Node; offset: number } | null {
  const blocks = [...root.querySelectorAll<HTMLElement>("[data-start]")];
  for (const block of blocks) {
    const start = Number(block.dataset.start);
    const length = block.textContent?.length ?? 0;
    if (offset < start || offset > start + length) continue;
    let left = offset - start;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const size = node.textContent?.length ?? 0;
      // An end on a node's last character stays in that node; a start there moves on to the next one.
      if (left < size || (isEnd && left === size)) return { node, offset: left };
      left -= size;
    }
  }
  return null;
}

function select(root: HTMLElement, span: Span) {
  const from = domPoint(root, span.start, false);
  const to = domPoint(root, span.end, true);
  if (!from || !to) return;
  window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  (from.node.parentElement ?? root).scrollIntoView({ block: "nearest" });
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(element.tagName) || element.isContentEditable);
}

/** The move a key asks for: letters anywhere on the page but in a field; arrows only while the text has focus. */
function moveFor(event: KeyboardEvent, textHasFocus: boolean): CursorMove | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === "j") return event.shiftKey ? "extendSentence" : "next";
  if (key === "k") return event.shiftKey ? "shrinkSentence" : "previous";
  if (!textHasFocus) return null;
  if (key === "ArrowDown") return event.shiftKey ? "extendSentence" : "next";
  if (key === "ArrowUp") return event.shiftKey ? "shrinkSentence" : "previous";
  if (key === "ArrowRight" && event.shiftKey) return "extendWord";
  if (key === "ArrowLeft" && event.shiftKey) return "shrinkWord";
  return null;
}

/** `resumeAt`: where the keys pick up on a fresh page (the end of the last quote just added), else the text's start. */
export function useKeyboardSelection(text: RefObject<HTMLElement | null>, blocks: LaidOutBlock[], selected: Span | null, resumeAt: number | null = null) {
  const sentences = useMemo(() => segmentsOf(blocks, "sentence"), [blocks]);
  const words = useMemo(() => segmentsOf(blocks, "word"), [blocks]);
  const cursor = useRef<Span | null>(null);
  const latest = useRef(selected);
  useEffect(() => {
    latest.current = selected;
  }, [selected]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const root = text.current;
      if (!root || isTyping(event.target)) return;
      const move = moveFor(event, root.contains(document.activeElement));
      if (!move) return;
      event.preventDefault();
      // The cursor continues from where the keys left it; after a mouse selection, from that selection
      // (next/previous then select the sentence it starts in).
      const mouse = latest.current;
      const resume = resumeAt !== null && (move === "next" || move === "previous") ? { start: resumeAt, end: resumeAt } : null;
      const next = cursor.current || !mouse ? moveCursor(cursor.current ?? resume, move, sentences, words) : move === "next" || move === "previous" ? sentenceAt(sentences, mouse.start) : moveCursor(mouse, move, sentences, words);
      if (!next) return;
      cursor.current = next;
      select(root, next);
    };
    const onMouse = () => {
      cursor.current = null;
    };
    const root = text.current;
    document.addEventListener("keydown", onKey);
    root?.addEventListener("mousedown", onMouse);
    return () => {
      document.removeEventListener("keydown", onKey);
      root?.removeEventListener("mousedown", onMouse);
    };
  }, [sentences, words, text, resumeAt]);
}
