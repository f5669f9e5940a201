// Filling an attribute field from words selected inside one of the claim's quotes: the value the field takes
// (a date read into the form's year / month / day shape, a name added to a list, a quantity as stated) and where
// it came from, anchored in the source as quotes are (TextQuote and TextPosition selectors). Pure: used by the
// claim form in the browser and checked again by the server.
import { parseDate } from "@/lib/sources/dates";
import { DEFAULT_CONTEXT_LENGTH } from "@/lib/anchoring/selectors";
import { LIST_FIELDS, MATERIEL, type AttributeField, type AttributeProvenance, type Materiel } from "./attributes";

export const DATE_FIELDS: readonly string[] = ["periodFrom", "periodTo", "signedAt", "ratifiedAt", "inForceAt", "when"];

/** Where a filled value came from: the quote (appearance) it was selected in, and the words as a selector into the source. */
export type { AttributeProvenance };

/** A quote of the claim as the form knows it: its words and their place in the source. */
export type QuoteForSelection = { id: string; sourceId: string; exact: string; prefix: string; suffix: string; start: number };

const MONTH_WORDS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const pad = (n: number) => String(n).padStart(2, "0");
const year = (y: string) => (/^(19|20)\d{2}$/.test(y) ? y : null);

/** A selected date as the attribute fields take it: "2023-09-13", "2023-09" or "2023"; null when the words hold none. */
export function dateFromSelection(selected: string): string | null {
  const text = selected.normalize("NFC").trim().toLowerCase();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (iso && year(iso[1]!)) return text;
  const full = parseDate(selected);
  if (full && /^\d{4}-\d{2}-\d{2}/.test(full.publishedAt)) return full.publishedAt.slice(0, 10);
  // A month: "tháng 9/2023", "tháng 9 năm 2023", "9/2023", "09-2023", "September 2023".
  const vi = /(?:tháng\s*)?(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)\s*(\d{4})/.exec(text);
  if (vi && Number(vi[1]) >= 1 && Number(vi[1]) <= 12 && year(vi[2]!)) return `${vi[2]}-${pad(Number(vi[1]))}`;
  const en = /([a-z]+)\.?\s+(\d{4})/.exec(text);
  if (en && MONTH_WORDS[en[1]!] && year(en[2]!)) return `${en[2]}-${pad(MONTH_WORDS[en[1]!]!)}`;
  const y = /(?:năm\s+|in\s+)?\b((?:19|20)\d{2})\b/.exec(text);
  return y ? y[1]! : null;
}

/**
 * The field's new text once `selected` fills it: a date in the form's shape, a name added to a list field's names
 * (unless already there), or the words as stated. Null when a date field's selection holds no date.
 */
export function valueFromSelection(field: AttributeField | string, selected: string, current: string): string | null {
  const words = selected.normalize("NFC").replace(/\s+/g, " ").trim().replace(/^[«“"'(]+|[»”"'),.;:]+$/g, "");
  if (!words) return null;
  if (DATE_FIELDS.includes(field)) return dateFromSelection(words);
  if ((LIST_FIELDS as readonly string[]).includes(field)) {
    const names = current.split(",").map((n) => n.trim()).filter(Boolean);
    return names.some((n) => n.toLowerCase() === words.toLowerCase()) ? names.join(", ") : [...names, words].join(", ");
  }
  return words;
}

/**
 * The selector of the words from `from` to `to` (offsets into the quote's exact text) in the quote's source: the
 * quote's own context extends the words' prefix and suffix, and its start places them in the source body.
 */
export function provenanceOf(quote: QuoteForSelection, from: number, to: number, context = DEFAULT_CONTEXT_LENGTH): AttributeProvenance {
  const before = quote.prefix + quote.exact.slice(0, from);
  const after = quote.exact.slice(to) + quote.suffix;
  return {
    appearanceId: quote.id,
    sourceId: quote.sourceId,
    exact: quote.exact.slice(from, to),
    prefix: before.slice(Math.max(0, before.length - context)),
    suffix: after.slice(0, context),
    start: quote.start + from,
    end: quote.start + to,
  };
}

/** Folds text for matching words: no diacritics (đ → d), lower case, runs of anything but letters and digits as one space. */
export function foldWords(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * Words that name each materiel of the controlled list, in Vietnamese and English, the list's own labels among them;
 * matched without diacritics. `null` words name none, and keep a shorter word inside them from matching
 * ("tàu hỏa" is a train, not a ship; "tên lửa" alone could be a rocket, a cruise or a ballistic missile).
 */
const MATERIEL_WORDS: [Materiel | null, string[]][] = [
  ["ARTILLERY_SHELLS", ["đạn pháo", "đạn pháo binh", "đạn cối", "đạn súng cối", "artillery shell", "artillery shells", "artillery rounds", "artillery ammunition", "shell", "shells", "mortar rounds"]],
  ["ROCKETS", ["rocket", "rockets", "rốc-két", "rốc két", "đạn phản lực", "pháo phản lực", "hệ thống phóng loạt", "multiple rocket launchers", "mlrs"]],
  ["BALLISTIC_MISSILES", ["tên lửa đạn đạo", "ballistic missile", "ballistic missiles", "kn-23", "kn-24", "hwasong"]],
  ["CRUISE_MISSILES", ["tên lửa hành trình", "cruise missile", "cruise missiles"]],
  ["DRONES", ["máy bay không người lái", "thiết bị bay không người lái", "phương tiện bay không người lái", "drone", "drones", "uav", "uavs", "unmanned aerial vehicle", "unmanned aerial vehicles", "shahed", "geran"]],
  ["SMALL_ARMS", ["vũ khí hạng nhẹ", "vũ khí nhỏ", "súng trường", "súng bộ binh", "small arms", "light weapons", "rifles", "assault rifles"]],
  ["AMMUNITION", ["đạn dược", "ammunition", "munitions", "ammo"]],
  ["ARMOURED_VEHICLES", ["xe bọc thép", "xe tăng", "thiết giáp", "armoured vehicle", "armoured vehicles", "armored vehicle", "armored vehicles", "tank", "tanks"]],
  ["AIR_DEFENCE", ["phòng không", "hệ thống phòng không", "tên lửa đất đối không", "air defence", "air defense", "air defences", "air defenses", "surface-to-air missiles", "s-300", "s-400", "pantsir"]],
  ["AIRCRAFT", ["máy bay", "máy bay chiến đấu", "tiêm kích", "trực thăng", "aircraft", "fighter jet", "fighter jets", "warplanes", "helicopter", "helicopters", "mig", "su-35"]],
  ["SHIPS", ["tàu", "tàu chiến", "tàu ngầm", "tàu khu trục", "tàu hộ tống", "chiến hạm", "ship", "ships", "warship", "warships", "vessel", "vessels", "submarine", "submarines"]],
  ["SATELLITE_TECHNOLOGY", ["công nghệ vệ tinh", "vệ tinh", "satellite", "satellites", "satellite technology"]],
  ["MISSILE_TECHNOLOGY", ["công nghệ tên lửa", "động cơ tên lửa", "missile technology", "missile technologies", "missile engines"]],
  ["NUCLEAR_TECHNOLOGY", ["công nghệ hạt nhân", "hạt nhân", "nuclear", "nuclear technology"]],
  ["TROOPS", ["binh sĩ", "binh lính", "quân nhân", "quân lính", "lính đánh thuê", "troops", "soldiers", "military personnel"]],
  [null, ["tàu hỏa", "tàu lửa", "tàu điện", "tàu chở hàng", "cargo ship", "cargo ships", "tên lửa", "missile", "missiles"]],
];

/** Every word, folded, longest first: a longer name is matched before the shorter names inside it. */
const FOLDED_WORDS = MATERIEL_WORDS.flatMap(([materiel, words]) => words.map((w) => ({ materiel, word: foldWords(w) }))).sort((a, b) => b.word.length - a.word.length);

/**
 * The materiel a selection names, in the controlled list's order: "hàng triệu quả đạn pháo và máy bay không người lái"
 * → artillery shells and drones. Diacritics and case do not matter; words are matched whole.
 */
export function materielFromSelection(selected: string): Materiel[] {
  let text = ` ${foldWords(selected)} `;
  const found = new Set<Materiel>();
  for (const { materiel, word } of FOLDED_WORDS) {
    const needle = ` ${word} `;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle)) {
      if (materiel) found.add(materiel);
      // Matched words are blanked (their spaces kept), so a shorter word inside them does not match again.
      text = `${text.slice(0, at + 1)}${"#".repeat(word.length)}${text.slice(at + 1 + word.length)}`;
    }
  }
  return MATERIEL.filter((m) => found.has(m));
}
