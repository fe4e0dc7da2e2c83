import type { DateValue } from '../../data/schema/schema';
import { WEEKDAYS, addDays, shiftMonth, toUtc, type PartialDate, type Weekday } from './calendar';

export type CalendarDate = Extract<DateValue, { precision: 'year' | 'month' | 'day' }>;

/** A date relative to the publication, as the schema's relative date counts it. */
export interface RelativeShift {
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
  weekday?: Weekday;
}

function fromUtc(date: Date, text: string): CalendarDate {
  return {
    precision: 'day',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    text,
    evidence: [],
  };
}

/**
 * The weekday a news sentence means: "on Wednesday" is the latest Wednesday on or before the
 * publication (news reports what happened), "last Wednesday" the latest before it, "next
 * Wednesday" the first after it. The user confirms: a sentence in the future tense means another.
 */
function resolveWeekday(published: Date, weekday: Weekday, offset: number): Date {
  const back = (published.getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
  if (offset > 0) return addDays(published, 7 - back + 7 * (offset - 1));
  const latest = offset < 0 && back === 0 ? 7 : back;
  return addDays(published, -latest + 7 * Math.min(0, offset + 1));
}

/** A week (Monday to Sunday) is no calendar unit: it resolves to its month, or year, if it has one. */
function resolveWeek(published: Date, offset: number, text: string): CalendarDate | undefined {
  const monday = addDays(published, -((published.getUTCDay() + 6) % 7) + 7 * offset);
  const sunday = addDays(monday, 6);
  const year = monday.getUTCFullYear();
  if (year !== sunday.getUTCFullYear()) return undefined;
  const month = monday.getUTCMonth() + 1;
  if (month === sunday.getUTCMonth() + 1) {
    return { precision: 'month', year, month, text, evidence: [] };
  }
  return { precision: 'year', year, text, evidence: [] };
}

/**
 * The calendar date a relative date names, given when the source was published, and never more
 * precise than both allow: "last month" needs the publication's month, "on Wednesday" its day.
 */
export function resolveRelative(
  shift: RelativeShift,
  published: PartialDate | undefined,
  text: string,
): CalendarDate | undefined {
  if (!published) return undefined;
  const { year, month, day } = published;
  if (shift.unit === 'year')
    return { precision: 'year', year: year + shift.offset, text, evidence: [] };
  if (month === undefined) return undefined;
  if (shift.unit === 'month') {
    const [y, m] = shiftMonth(year, month, shift.offset);
    return { precision: 'month', year: y, month: m, text, evidence: [] };
  }
  if (day === undefined) return undefined;
  const date = toUtc(year, month, day);
  if (shift.unit === 'day') return fromUtc(addDays(date, shift.offset), text);
  if (shift.weekday) return fromUtc(resolveWeekday(date, shift.weekday, shift.offset), text);
  return resolveWeek(date, shift.offset, text);
}
