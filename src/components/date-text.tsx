import { explainDate, formatDate } from '../data/time/dates';
import type { DateValue } from '../data/schema/schema';
import { useDataset } from '../queries/use-dataset';
import { Evidence } from './evidence';

/**
 * A date as precise as the source gives it, with what it is relative to. Brief (for a table
 * cell): the explanation only where the date is relative, and no quote.
 */
export function DateText({ date, isBrief = false }: { date: DateValue; isBrief?: boolean }) {
  const dataset = useDataset();
  const hasExplanation = !isBrief || date.precision === 'relative';
  return (
    <span className="date">
      <span className="date-value">{formatDate(date)}</span>{' '}
      {hasExplanation && <span className="date-explanation">{explainDate(date, dataset)}</span>}{' '}
      {!isBrief && <Evidence items={date.evidence} />}
    </span>
  );
}
