import type { DateValue } from '../../schema/schema';

/** An FtM date is ISO 8601 cut to what is known: "2014", "2019-05", "2019-05-03", "2019-05-03T10:00". */
const FTM_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date with the precision the record gives it; null for text that is no FtM date. */
export function parseFtmDate(text: string): DateValue | null {
  const match = FTM_DATE.exec(text.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { precision: 'year', year, text, evidence: [] };
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (dayText === undefined) return { precision: 'month', year, month, text, evidence: [] };
  const day = Number(dayText);
  if (day < 1 || day > 31) return null;
  return { precision: 'day', year, month, day, text, evidence: [] };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as FtM writes it, cut to its precision; null for a date relative to something else. */
export function toFtmDate(date: DateValue): string | null {
  switch (date.precision) {
    case 'year':
      return String(date.year).padStart(4, '0');
    case 'month':
      return `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
    case 'day':
      return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
    case 'relative':
      return null;
  }
}

export function isFtmDate(text: string): boolean {
  return parseFtmDate(text) !== null;
}
