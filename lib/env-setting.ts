// A whole number of 0 or more read from one environment setting, for code that runs outside the app (the front
// server reads its settings itself): unset, blank or not such a number gives the default.
// No "server-only": the front server reads it.
export function wholeSetting(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : fallback;
}
