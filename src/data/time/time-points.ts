import { UNIT_DAYS } from './dates';

/**
 * Time on two eras. The calendar era counts days since 1970 (a month or year is a span of
 * them). The relative era counts days from the publication of a source that gives no date:
 * such dates cannot be put on the calendar, and decision 0002 orders them after it.
 */
export type Era = 'calendar' | 'relative';
export const ERAS: readonly Era[] = ['calendar', 'relative'];

/** Where something falls: the first and last day it may cover, both included. */
export interface Placement {
  era: Era;
  start: number;
  end: number;
}

export type RelativeUnit = keyof typeof UNIT_DAYS;

/** A bound of a time window as a link writes it: a calendar period, or days from publication. */
export type TimePoint =
  | { era: 'calendar'; year: number; month?: number; day?: number }
  | { era: 'relative'; offset: number; unit: RelativeUnit };

export interface TimeWindow {
  from: TimePoint | null;
  to: TimePoint | null;
}

const DAY_MS = 86_400_000;
const UNIT_LETTERS: Record<RelativeUnit, string> = { day: 'd', week: 'w', month: 'm', year: 'y' };
const LETTER_UNITS: ReadonlyMap<string, RelativeUnit> = new Map(
  Object.entries(UNIT_LETTERS).map(([unit, letter]) => [letter, unit as RelativeUnit]),
);

export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them as they are.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

/** The days a calendar year, month or day covers. */
export function calendarPeriod(year: number, month?: number, day?: number): Placement {
  if (month === undefined) {
    return { era: 'calendar', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  }
  if (day === undefined) {
    // Day 0 of the next month is the last day of this one.
    return {
      era: 'calendar',
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month + 1, 0),
    };
  }
  const at = dayNumber(year, month, day);
  return { era: 'calendar', start: at, end: at };
}

/** The span a window bound names: a whole period, or one day relative to the publication. */
export function periodOf(point: TimePoint): Placement {
  if (point.era === 'calendar') return calendarPeriod(point.year, point.month, point.day);
  const at = point.offset * UNIT_DAYS[point.unit];
  return { era: 'relative', start: at, end: at };
}

/** Orders two days on the two eras: every calendar day before every relative one. */
export function compareDays(eraA: Era, dayA: number, eraB: Era, dayB: number): number {
  return ERAS.indexOf(eraA) - ERAS.indexOf(eraB) || dayA - dayB;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The text of a bound in a link: `2023`, `2023-06`, `2023-06-19`, `pub`, `pub-1m`, `pub+3d`. */
export function formatTimePoint(point: TimePoint): string {
  if (point.era === 'relative') {
    if (point.offset === 0) return 'pub';
    const sign = point.offset < 0 ? '-' : '+';
    return `pub${sign}${Math.abs(point.offset)}${UNIT_LETTERS[point.unit]}`;
  }
  const parts = [pad(point.year, 4)];
  if (point.month !== undefined) parts.push(pad(point.month, 2));
  if (point.day !== undefined) parts.push(pad(point.day, 2));
  return parts.join('-');
}

/** Reads a bound; null when the text is not one. A `+` may arrive as a space. */
export function parseTimePoint(text: string): TimePoint | null {
  const relative = /^pub(?:([-+ ])(\d{1,5})([dwmy]))?$/.exec(text);
  if (relative) {
    const [, sign, amount, letter] = relative;
    if (!sign || Number(amount) === 0) return { era: 'relative', offset: 0, unit: 'day' };
    const offset = (sign === '-' ? -1 : 1) * Number(amount);
    return { era: 'relative', offset, unit: LETTER_UNITS.get(letter!)! };
  }
  const calendar = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!calendar) return null;
  const [, year, month, day] = calendar.map((part) => (part === undefined ? undefined : +part));
  if (month === undefined) return { era: 'calendar', year: year! };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { era: 'calendar', year: year!, month };
  // 31 February would quietly become 3 March: refuse a day the month does not have.
  const monthDays = calendarPeriod(year!, month);
  if (day < 1 || day > monthDays.end - monthDays.start + 1) return null;
  return { era: 'calendar', year: year!, month, day };
}

/** Reads `from..to` (either end may be left open); null when it is not a window. */
export function parseTimeWindow(text: string): TimeWindow | null {
  const parts = text.split('..');
  if (parts.length !== 2) return null;
  const [fromText, toText] = parts as [string, string];
  if (!fromText && !toText) return null;
  const from = fromText ? parseTimePoint(fromText) : null;
  const to = toText ? parseTimePoint(toText) : null;
  if ((fromText && !from) || (toText && !to)) return null;
  if (from && to) {
    const start = periodOf(from);
    const end = periodOf(to);
    if (compareDays(start.era, start.start, end.era, end.end) > 0) return null;
  }
  return { from, to };
}

export function formatTimeWindow(window: TimeWindow): string {
  const text = (point: TimePoint | null) => (point ? formatTimePoint(point) : '');
  return `${text(window.from)}..${text(window.to)}`;
}

/** True when the whole of a placement lies inside the window: what is known to fall in it. */
export function isKnownInside(placement: Placement | null, window: TimeWindow): boolean {
  if (!placement) return false;
  if (window.from) {
    const from = periodOf(window.from);
    if (compareDays(from.era, from.start, placement.era, placement.start) > 0) return false;
  }
  if (window.to) {
    const to = periodOf(window.to);
    if (compareDays(placement.era, placement.end, to.era, to.end) > 0) return false;
  }
  return true;
}
