import type { IndexedDataset } from '../model/indexed-dataset';
import type { DateValue, Entity } from '../schema/schema';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const UNIT_DAYS = { day: 1, week: 7, month: 30, year: 365 } as const;

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The date as precisely as the source gives it, and no more: "June 2023", "Last month". */
export function formatDate(date: DateValue): string {
  switch (date.precision) {
    case 'year':
      return String(date.year);
    case 'month':
      return `${MONTHS[date.month - 1]} ${date.year}`;
    case 'day':
      return `${date.day} ${MONTHS[date.month - 1]} ${date.year}`;
    case 'relative':
      return capitalise(date.text.replace(/^(on|in) /i, ''));
  }
}

function describeOffset(offset: number, unit: keyof typeof UNIT_DAYS) {
  if (offset === 0) return `the same ${unit} as`;
  const count = Math.abs(offset);
  const amount = count === 1 ? `one ${unit}` : `${count} ${unit}s`;
  return `${amount} ${offset < 0 ? 'before' : 'after'}`;
}

/** How the date is anchored, for a reader who needs to know what it is relative to. */
export function explainDate(date: DateValue, dataset: IndexedDataset): string {
  if (date.precision !== 'relative') return `Precise to the ${date.precision}.`;
  const isUndated = dataset.sources.every((source) => !source.published);
  const anchor =
    date.anchor === 'publication'
      ? `the publication of the source${isUndated ? ', which is undated' : ''}`
      : (dataset.entityById.get(date.anchor)?.name ?? date.anchor);
  return `Relative: ${describeOffset(date.offset, date.unit)} ${anchor}.`;
}

/**
 * A sort key for dates of mixed precision. Absolute dates come first, in
 * calendar order (a month or year sorts at its middle). Dates relative to the
 * publication come after them: a source reports its own news after the
 * background it dates. A date relative to an event sorts beside that event.
 * Undated things come last. See docs/decisions/0002-ordering-relative-dates.md.
 */
export function dateSortKey(
  date: DateValue | undefined,
  dataset: IndexedDataset,
  seen: ReadonlySet<string> = new Set(),
): [tier: number, value: number] {
  if (!date) return [2, 0];
  switch (date.precision) {
    case 'year':
      return [0, date.year * 372 + 186];
    case 'month':
      return [0, date.year * 372 + (date.month - 1) * 31 + 15];
    case 'day':
      return [0, date.year * 372 + (date.month - 1) * 31 + date.day - 1];
    case 'relative': {
      const shift = date.offset * UNIT_DAYS[date.unit];
      if (date.anchor === 'publication') return [1, shift];
      const anchor = dataset.entityById.get(date.anchor);
      if (!anchor || seen.has(anchor.id)) return [2, 0];
      const [tier, value] = dateSortKey(dateOf(anchor), dataset, new Set([...seen, anchor.id]));
      return [tier, value + shift];
    }
  }
}

export function dateOf(entity: Entity): DateValue | undefined {
  return 'date' in entity ? entity.date : undefined;
}

/** Orders entities by date; ties and undated ones keep the order of their first mention. */
export function compareByDate(dataset: IndexedDataset) {
  return (a: Entity, b: Entity) => {
    const [tierA, valueA] = dateSortKey(dateOf(a), dataset);
    const [tierB, valueB] = dateSortKey(dateOf(b), dataset);
    return (
      tierA - tierB || valueA - valueB || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)
    );
  };
}
