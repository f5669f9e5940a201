// Dates as editors type them ("21/9/2023 10:15", "21/9/2023", "2023-09-21", "2023-09-21T10:15", "12/2026") → the stored ISO form.
// A time without a zone is kept as wall-clock time, as the parser stores an article's own dates: every reader of
// it (articleDateTime in lib/public/datetime.ts) takes it in the desk's zone, CLAIMDESK_TIMEZONE. Pure: no I/O.

const pad = (n: number | string) => String(n).padStart(2, "0");

function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function build(year: number, month: number, day: number, time: [number, number] | null, zone: string | null): string | undefined {
  if (year < 1000 || year > 9999 || !realDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [hour, minute] = time;
  if (hour > 23 || minute > 59) return undefined;
  const clock = `${date}T${pad(hour)}:${pad(minute)}`;
  if (zone) {
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (zone !== "Z" && (!m || Number(m[2]) > 14 || Number(m[3]) > 59)) return undefined;
    return zone === "Z" ? `${clock}Z` : `${clock}${m![1]}${m![2]}:${m![3]}`;
  }
  return clock;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2026-12" for a real month of a year the desk reads, else undefined. */
function monthOf(year: number, month: number): string | undefined {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : undefined;
}

/**
 * What an editor typed in a date field → "2023-09-21", "2023-09-21T10:15" (with its zone when one was typed), "2026-12" (a month
 * of a year) or "--09-21" (a day of a year not given); null for an empty field; undefined when it is not a real date in a form the desk reads.
 */
export function parseEditorDate(input: string): string | null | undefined {
  const s = input.trim().replace(/\s+/g, " ");
  if (s === "") return null;
  let m: RegExpExecArray | null;
  if ((m = /^--(\d{2})-(\d{2})$/.exec(s))) return realDay(2024, Number(m[1]), Number(m[2])) ? s : undefined;
  // a month of a year, as a journal's issue is dated: 2026-12, 12/2026, tháng 12/2026, tháng 12 năm 2026, December 2026
  if ((m = /^(\d{4})-(\d{2})$/.exec(s))) return monthOf(Number(m[1]), Number(m[2]));
  if ((m = /^(?:tháng )?(\d{1,2}) ?[/.-] ?(\d{4})$/iu.exec(s)) || (m = /^tháng (\d{1,2}),? năm (\d{4})$/iu.exec(s))) return monthOf(Number(m[2]), Number(m[1]));
  if ((m = /^([a-z]{3,9})\.?,? (\d{4})$/i.exec(s))) {
    const name = m[1]!.toLowerCase();
    const index = MONTHS.findIndex((full) => full === name || (name.length === 3 && full.startsWith(name)) || (name === "sept" && full === "september"));
    return index < 0 ? undefined : monthOf(Number(m[2]), index + 1);
  }
  // ISO: 2023-09-21, 2023-09-21T10:15, 2023-09-21 10:15, with seconds or a zone
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s))) {
    const time: [number, number] | null = m[4] ? [Number(m[4]), Number(m[5])] : null;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), time, m[6]?.toUpperCase() ?? null);
  }
  // Day first, as Vietnamese pages print it: 21/9/2023, 21-09-2023, 21.9.2023, then or before it a time "10:15"
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
  const timeOf = /^(\d{1,2})[:h](\d{2})$/i;
  const parts = s.split(/,? (?:lúc |at )?|,\s*/i).filter(Boolean);
  if (parts.length === 1 || parts.length === 2) {
    const datePart = parts.find((p) => dayFirst.test(p));
    const timePart = parts.find((p) => p !== datePart);
    const d = datePart ? dayFirst.exec(datePart) : null;
    if (!d) return undefined;
    let time: [number, number] | null = null;
    if (timePart !== undefined) {
      const t = timeOf.exec(timePart);
      if (!t) return undefined;
      time = [Number(t[1]), Number(t[2])];
    }
    return build(Number(d[3]), Number(d[2]), Number(d[1]), time, null);
  }
  return undefined;
}
