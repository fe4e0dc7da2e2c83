/** A publication date at the precision the source gives it. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** "2024-05-15", "2024-05" or "2024" (or the object itself), checked; anything else is none. */
export function toPartialDate(value: PartialDate | string | undefined): PartialDate | undefined {
  if (value === undefined) return undefined;
  const parts =
    typeof value === 'string'
      ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value.trim())?.slice(1).map(Number)
      : [value.year, value.month, value.day];
  if (!parts) return undefined;
  const [year, month, day] = parts.map((part) => (Number.isNaN(part) ? undefined : part));
  if (year === undefined || !Number.isInteger(year)) return undefined;
  if (month === undefined || month < 1 || month > 12) return { year };
  if (day === undefined || day < 1 || day > daysInMonth(year, month)) return { year, month };
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar day as a UTC date, for day arithmetic without time zones. */
export function toUtc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The month `offset` months from year/month, as [year, month]. */
export function shiftMonth(year: number, month: number, offset: number): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}
