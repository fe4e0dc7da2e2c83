import type { IndexedDataset } from '../../data/model/indexed-dataset';
import type { Dataset } from '../../data/schema/schema';

/** The picture's title: the view's description, or the dataset's title for the whole of it. */
export function publishingTitle(view: string, dataset: IndexedDataset): string {
  return view === 'everything' ? dataset.title : view.charAt(0).toUpperCase() + view.slice(1);
}

export function publishingSubtitle(view: string, dataset: IndexedDataset): string {
  return view === 'everything'
    ? `${dataset.entities.length} entities and ${dataset.relationships.length} relationships`
    : dataset.title;
}

/** "Source: title, publisher, date · made with Liaison", every source the view quotes. */
export function publishingCredit(shown: Pick<Dataset, 'sources'>): string {
  const sources = shown.sources.map((source) =>
    [source.title, source.publisher, source.published].filter(Boolean).join(', '),
  );
  const label = sources.length > 1 ? 'Sources' : 'Source';
  return `${label}: ${sources.join('; ')} · made with Liaison`;
}
