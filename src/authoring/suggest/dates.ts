import { strict as chrono } from 'chrono-node/en';
import type { DateValue } from '../../data/schema/schema';
import { MONTH_NAMES, WEEKDAYS, toPartialDate, type PartialDate, type Weekday } from './calendar';
import { resolveRelative, type CalendarDate, type RelativeShift } from './resolve-date';

export type { CalendarDate } from './resolve-date';
export type { PartialDate } from './calendar';

export interface DateSuggestion {
  /** The date as the sentence gives it: relative when the sentence is, calendar otherwise. */
  date: DateValue;
  /**
   * A relative date placed on the calendar against the publication date, at the precision that
   * allows. The schema's relative date has no calendar fields, so the two travel side by side.
   */
  resolved?: CalendarDate;
  /** Where the year of a calendar date came from, when its own words do not say it. */
  yearFrom?: 'sentence' | 'publication';
  /** UTF-16 offsets of the date's words within the sentence. */
  start: number;
  end: number;
}

/** Where the sentence sits in its source, so each suggestion can carry its evidence. */
export interface SentencePlace {
  source: string;
  /** Offset of the sentence within the source text. */
  offset: number;
}

interface Found {
  start: number;
  end: number;
  relative?: RelativeShift;
  calendar?: { year?: number; month?: number; day?: number; isSameYear?: boolean };
}

const MONTH = `(${MONTH_NAMES.join('|')})`;
const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const NUMBERS = ['a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const COUNT = String.raw`(an|one|${NUMBERS.join('|')}|\d{1,3})`;
const SHIFT = '(this|current|last|past|previous|next|coming|following)';
const SHIFTS: Record<string, number> = { this: 0, current: 0, last: -1, past: -1, previous: -1 };
const DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

function words(pattern: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`, 'giu');
}

const lower = (word: string | undefined) => (word ?? '').toLowerCase();
const shiftOf = (word: string | undefined) => SHIFTS[lower(word) || 'this'] ?? 1;
const unitOf = (word: string | undefined) => lower(word).replace(/s$/, '') as RelativeShift['unit'];
const monthOf = (word: string | undefined) => MONTH_NAMES.indexOf(lower(word) as 'may') + 1;
function countOf(word: string | undefined): number {
  const named = NUMBERS.indexOf(lower(word) === 'an' || lower(word) === 'one' ? 'a' : lower(word));
  return named === -1 ? Number(word) : named + 1;
}

type Rule = readonly [RegExp, (m: RegExpExecArray) => Omit<Found, 'start' | 'end'> | null];

/** Relative dates, read before any calendar date so "two weeks ago" stays relative. */
const RELATIVE_RULES: readonly Rule[] = [
  [
    words(String.raw`(?:on )?(?:${SHIFT} )?${WEEKDAY}`),
    (m) => ({
      relative: { unit: 'week', offset: shiftOf(m[1]), weekday: lower(m[2]) as Weekday },
    }),
  ],
  [
    words('yesterday|today|tomorrow'),
    (m) => ({ relative: { unit: 'day', offset: DAYS[lower(m[0])]! } }),
  ],
  [
    words(String.raw`(?:(?:earlier|later) )?${SHIFT} (week|month|year)`),
    (m) => ({ relative: { unit: unitOf(m[2]), offset: shiftOf(m[1]) } }),
  ],
  [
    words(String.raw`${COUNT} (days?|weeks?|months?|years?) ago`),
    (m) => ({ relative: { unit: unitOf(m[2]), offset: -countOf(m[1]) } }),
  ],
];

/** Months and years; a month written without its year takes one from the sentence or publication. */
const CALENDAR_RULES: readonly Rule[] = [
  [
    words(String.raw`${MONTH},? (?:of )?(1[0-9]{3}|20[0-9]{2})`),
    (m) => ({ calendar: { year: Number(m[2]), month: monthOf(m[1]) } }),
  ],
  [
    words(String.raw`${MONTH} (?:of )?(?:the same|that) year`),
    (m) => ({ calendar: { month: monthOf(m[1]), isSameYear: true } }),
  ],
  [
    // A bare month only after a preposition, and capitalised: "in May", never "may have".
    words(String.raw`(?<=\b(?:in|since|by|until|during|from|of|to|early|late|mid-) )${MONTH}`),
    (m) => (/^\p{Lu}/u.test(m[0]) ? { calendar: { month: monthOf(m[1]) } } : null),
  ],
  [words(String.raw`(1[0-9]{3}|20[0-9]{2})`), (m) => ({ calendar: { year: Number(m[1]) } })],
];

/** Day dates in the forms chrono reads well: "3 March 2024", "March 3, 2024", "2024-03-03". */
function findDays(sentence: string): Found[] {
  return chrono.parse(sentence).flatMap((result) => {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month')) return [];
    const year = start.isCertain('year') ? start.get('year') : undefined;
    const calendar = {
      year: year ?? undefined,
      month: start.get('month')!,
      day: start.get('day')!,
    };
    return [{ start: result.index, end: result.index + result.text.length, calendar }];
  });
}

/** Every date the sentence writes, in order; a span one rule has read is not read again. */
function findAll(sentence: string): Found[] {
  const found: Found[] = [];
  const add = (next: Found) => {
    if (!found.some((other) => other.start < next.end && next.start < other.end)) found.push(next);
  };
  const apply = (rules: readonly Rule[]) => {
    for (const [pattern, read] of rules) {
      for (const match of sentence.matchAll(pattern)) {
        const reading = read(match as RegExpExecArray);
        if (reading) add({ start: match.index, end: match.index + match[0].length, ...reading });
      }
    }
  };
  apply(RELATIVE_RULES);
  findDays(sentence).forEach(add);
  apply(CALENDAR_RULES);
  return found.sort((a, b) => a.start - b.start);
}

/** The latest year, on or before the publication, in which the month falls. */
function yearBefore(published: PartialDate, month: number): number {
  return published.month === undefined || month <= published.month
    ? published.year
    : published.year - 1;
}

function toCalendar(
  calendar: NonNullable<Found['calendar']>,
  year: number,
  text: string,
): CalendarDate {
  const { month, day } = calendar;
  if (month === undefined) return { precision: 'year', year, text, evidence: [] };
  if (day === undefined) return { precision: 'month', year, month, text, evidence: [] };
  return { precision: 'day', year, month, day, text, evidence: [] };
}

/**
 * The dates a sentence gives, each at its own precision: "on Wednesday" and "last month" stay
 * relative to the publication (and are resolved against its date, when there is one, in
 * `resolved`), "June 2023" is a month, "in 2021" a year, "3 March 2024" a day, and "October of
 * the same year" takes its year from the date before it. A suggestion: the user confirms it.
 */
export function suggestDate(
  sentence: string,
  published?: PartialDate | string,
  place?: SentencePlace,
): DateSuggestion[] {
  const publication = toPartialDate(published);
  let sentenceYear: number | undefined;
  return findAll(sentence).flatMap(({ start, end, relative, calendar }): DateSuggestion[] => {
    const text = sentence.slice(start, end);
    const evidence = place
      ? [
          {
            source: place.source,
            start: place.offset + start,
            end: place.offset + end,
            quote: text,
          },
        ]
      : [];
    if (relative) {
      const date: DateValue = {
        precision: 'relative',
        anchor: 'publication',
        ...relative,
        text,
        evidence,
      };
      const resolved = resolveRelative(relative, publication, text);
      return [{ date, start, end, ...(resolved && { resolved: { ...resolved, evidence } }) }];
    }
    if (!calendar) return [];
    const { year, month } = calendar;
    if (year !== undefined) sentenceYear = year;
    const guess =
      year !== undefined
        ? undefined
        : sentenceYear !== undefined
          ? { year: sentenceYear, from: 'sentence' as const }
          : !calendar.isSameYear && publication && month !== undefined
            ? { year: yearBefore(publication, month), from: 'publication' as const }
            : undefined;
    const known = year ?? guess?.year;
    if (known === undefined) return [];
    const date = { ...toCalendar(calendar, known, text), evidence };
    return [{ date, start, end, ...(guess && { yearFrom: guess.from }) }];
  });
}
