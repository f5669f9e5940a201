/**
 * A pattern's cue words in any case, the rest of it case-sensitive. Under the i flag a case property matches letters
 * of either case (`/^by\s+\p{Lu}/iu` takes "by the way", `\p{Lu}` as `\p{L}`), and Node has no inline `(?i:…)`: a
 * pattern that reads "a cue word in any case, then a capitalised name" spells its cue's letters in both cases and runs
 * without the flag: `new RegExp(String.raw`^${caseless("by|bởi")}\s+[\p{Lu}]`, "u")`.
 */

/** The other case of a letter ("b" → "B", "ở" → "Ở"), or "" when it has none of one character. */
function otherCase(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const other = c === lower ? upper : lower;
  return other !== c && [...other].length === 1 ? other : "";
}

/** An escape's whole text at `i` of a pattern ("\p{L}", "\u{1F600}", "\u00e9", "\x41", "\k<name>", "\s"). */
function escapeAt(pattern: string, i: number): string {
  const rest = pattern.slice(i);
  return /^\\(?:[pPu]\{[^}]*\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[\s\S])/.exec(rest)?.[0] ?? "\\";
}

/**
 * A pattern's source (for the u flag) with its letters matched in either case: a letter outside brackets as a class
 * of both ("by" → "[bB][yY]"), a letter or a letter range in brackets with its other case added ("[a-z]" →
 * "[a-zA-Z]"). Escapes, group openings ("(?:", "(?<=", "(?<name>") and quantifiers stay as written.
 */
export function caseless(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "\\") {
      const escape = escapeAt(pattern, i);
      out += escape;
      i += escape.length;
    } else if (c === "(" && pattern[i + 1] === "?") {
      const opening = /^\(\?(?::|=|!|<=|<!|<[^>]*>)/.exec(pattern.slice(i))?.[0] ?? "(?";
      out += opening;
      i += opening.length;
    } else if (c === "[") {
      let cls = "[";
      let added = "";
      let j = i + 1;
      if (pattern[j] === "^") cls += pattern[j++];
      while (j < pattern.length && pattern[j] !== "]") {
        const d = pattern[j] as string;
        if (d === "\\") {
          const escape = escapeAt(pattern, j);
          cls += escape;
          j += escape.length;
          continue;
        }
        const to = pattern[j + 1] === "-" && pattern[j + 2] !== undefined && pattern[j + 2] !== "]" ? (pattern[j + 2] as string) : "";
        if (to && to !== "\\") {
          cls += `${d}-${to}`;
          if (/^[a-z]$/.test(d) && /^[a-z]$/.test(to)) added += `${d.toUpperCase()}-${to.toUpperCase()}`;
          else if (/^[A-Z]$/.test(d) && /^[A-Z]$/.test(to)) added += `${d.toLowerCase()}-${to.toLowerCase()}`;
          else if (/[\p{L}]/u.test(d) || /[\p{L}]/u.test(to)) throw new Error(`caseless: a range of letters it cannot fold: ${d}-${to}`);
          j += 3;
          continue;
        }
        cls += d;
        const other = /[\p{L}]/u.test(d) ? otherCase(d) : "";
        if (other && !cls.includes(other) && !added.includes(other)) added += other;
        j++;
      }
      out += `${cls}${added}]`;
      i = j + 1;
    } else {
      const point = String.fromCodePoint(pattern.codePointAt(i) as number);
      const other = /[\p{L}]/u.test(point) ? otherCase(point) : "";
      out += other ? `[${point}${other}]` : point;
      i += point.length;
    }
  }
  return out;
}
