import { explainDate, formatDate } from '../data/dates';
import type { DateValue } from '../data/schema';
import { useDataset } from '../data/use-dataset';
import { Evidence } from './evidence';

/** A date as precise as the source gives it, with what it is relative to. */
export function DateText({ date }: { date: DateValue }) {
  const dataset = useDataset();
  return (
    <span className="date">
      <span className="date-value">{formatDate(date)}</span>{' '}
      <span className="date-explanation">{explainDate(date, dataset)}</span>{' '}
      <Evidence items={date.evidence} />
    </span>
  );
}
