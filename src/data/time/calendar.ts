/** The days in a month of the proleptic Gregorian calendar (month 1–12); any year, 0–99 included. */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them as they are.
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Whether a day exists: 31 February does not, 29 February 2024 does. */
export const isRealDay = (year: number, month: number, day: number) =>
  day >= 1 && day <= daysInMonth(year, month);
