import type { IndexedDataset } from '../../data/model/indexed-dataset';
import { describeView } from '../../url/describe-view';
import type { ViewState } from '../../url/view-state';

/** What an exported file holds, the first word of its name after the dataset's. */
export type ExportKind =
  'graph' | 'image' | 'dataset' | 'entities' | 'relationships' | 'citations' | 'ftm';

/** Lower-case ASCII words joined by hyphens: safe in a file name on every system. */
export function toSlug(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word's end, not inside one.
  const cut = slug.slice(0, maxLength + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength);
}

/** Local calendar date, as a file name wants it: 2026-12-01. */
export function toDateStamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "north-korea-visit-citations-focus-on-viktor-goremykin-2026-12-01.md": the dataset, what
 * the file holds, the view, the day.
 */
export function exportFileName(
  {
    dataset,
    state,
    kind,
    extension,
  }: {
    dataset: IndexedDataset;
    state: ViewState;
    kind: ExportKind;
    extension: string;
  },
  date: Date,
): string {
  const parts = [
    toSlug(dataset.title) || 'liaison',
    kind,
    toSlug(describeView(state, dataset), 64),
    toDateStamp(date),
  ];
  return `${parts.join('-')}.${extension}`;
}
