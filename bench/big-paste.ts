// The big paste: about 5 MB of text built from the 26-article dossier in fixtures/, as an editor pastes a month
// of captures. Copy 0 is the dossier as it is (the desk may already hold it); every further copy marks each
// article's heading and long paragraphs with its number, so its articles are new to the desk.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DOSSIER = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "articles", "dossier-the-chien-quoc-bac-trieu-tien-1.txt");

export function dossierText(): string {
  return fs.readFileSync(DOSSIER, "utf8");
}

/** `copies` copies of the dossier (32 make about 5 MB and 832 articles); copy 0 unchanged, the others varied. */
export function buildBigPaste(copies = 32): string {
  const dossier = dossierText();
  const parts: string[] = [dossier];
  for (let k = 1; k < copies; k++) {
    const varied = dossier
      .split("\n")
      .map((line, i) => {
        if (i < 60) return line; // the title and table of contents stay as they are
        const linked = line.match(/^## \[(.+)\]\(#\)$/);
        if (linked) return `## [${linked[1]} (bản ${k})](#)`;
        if (/^## [^*[]/.test(line)) return `${line} (bản ${k})`;
        // Every long paragraph gets the copy's mark, so each article's text (and hash) is its own.
        return line.length >= 120 && !/^[#[*]/.test(line) ? `${line} (bản ${k})` : line;
      })
      .join("\n");
    parts.push(varied);
  }
  return parts.join("\n\n");
}
