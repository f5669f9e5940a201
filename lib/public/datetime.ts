// Dates as schema.org DateTime with their zone ("2023-09-13T18:41:00+07:00"), in the desk's time zone
// (CLAIMDESK_TIMEZONE, by default Asia/Ho_Chi_Minh). Pure: no I/O.
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** CLAIMDESK_TIMEZONE when it names a zone this runtime knows, else Asia/Ho_Chi_Minh. */
export function siteTimeZone(env: Record<string, string | undefined> = process.env): string {
  const zone = env.CLAIMDESK_TIMEZONE?.trim();
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, "0");

/** The zone's offset from UTC at an instant, in minutes (east positive). */
function offsetMinutes(instant: Date, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const offsetText = (minutes: number) => (minutes === 0 ? "Z" : `${minutes < 0 ? "-" : "+"}${pad(minutes / 60)}:${pad(minutes % 60)}`);

/** An instant as a DateTime in the zone, to the second: 2024-06-19T09:30:00+07:00. */
export function zonedDateTime(instant: Date, zone: string = siteTimeZone()): string {
  const offset = offsetMinutes(instant, zone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${date}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${offsetText(offset)}`;
}

/**
 * An article's own date as a DateTime with a zone: "2024-06-23T20:00-04:00" keeps its offset; "2023-09-17T11:41"
 * (wall-clock time without a zone) and "2023-09-13" (a day: its start) are read in the desk's zone. A date
 * without a year ("--07-27") or anything else unreadable gives undefined.
 */
export function articleDateTime(value: string | null | undefined, zone: string = siteTimeZone()): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/);
  if (!match) return undefined;
  const [, y, mo, d, h = "00", mi = "00", s = "00", zoneText] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== Number(d)) return undefined;
  const clock = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  if (zoneText) return `${clock}${zoneText}`;
  // The offset in force at that wall-clock time (twice, in case the first guess crosses a change of offset).
  let offset = offsetMinutes(new Date(wall), zone);
  offset = offsetMinutes(new Date(wall - offset * 60_000), zone);
  return `${clock}${offsetText(offset)}`;
}
