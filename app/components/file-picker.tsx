"use client";
// A file input that speaks the page's language: the browser's own button ("Choose Files") and its line ("No file
// chosen") follow the browser's language, not the page's. The input stays in the page, visually hidden but focusable,
// named by the field's label and described by what was chosen; a label styled as a button shows it and opens it.
import { useState, type InputHTMLAttributes, type Ref } from "react";
import { format } from "@/lib/i18n/locale";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "onChange"> & {
  id: string;
  label: string;
  labels: { chooseFiles: string; noFiles: string; chosenFiles: string };
  inputRef?: Ref<HTMLInputElement>;
};

export function FilePicker({ id, label, labels, inputRef, ...input }: Props) {
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className="field">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className="file-picker">
        <input
          {...input}
          ref={inputRef}
          id={id}
          type="file"
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-chosen`}
          // Also sent by the screen when it empties the field for the next import.
          onChange={(event) => setNames(Array.from(event.currentTarget.files ?? [], (file) => file.name))}
        />
        {/* The same label again, as the button the eye looks for; the input already has its name. */}
        <label htmlFor={id} className="button secondary" aria-hidden="true">
          {labels.chooseFiles}
        </label>
        <span className="hint" id={`${id}-chosen`}>
          {names.length ? format(labels.chosenFiles, { names: names.join(", ") }) : labels.noFiles}
        </span>
      </div>
    </div>
  );
}
