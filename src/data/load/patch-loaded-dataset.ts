import { touchedIds, type DatasetPatch } from '../model/dataset-patch';
import { indexDataset } from '../model/indexed-dataset';
import { patchIndexedDataset } from '../model/patch-index';
import type { Dataset } from '../schema/schema';
import { createLazySearchIndex } from '../search/search';
import type { LoadedDataset } from './load-dataset';

// Everything a loaded dataset holds beside its content.
const INDEX_KEYS = [
  'entityById',
  'relationshipById',
  'sourceById',
  'outgoing',
  'incoming',
  'citationsBySource',
  'redirects',
  'location',
  'search',
] as const satisfies readonly Exclude<keyof LoadedDataset, keyof Dataset>[];

/** A loaded dataset's content without its index: what is kept, and what an export writes. */
export function datasetContent(loaded: Dataset & Partial<LoadedDataset>): Dataset {
  const isIndex = new Set<string>(INDEX_KEYS);
  return Object.fromEntries(
    Object.entries(loaded).filter(([key]) => !isIndex.has(key)),
  ) as unknown as Dataset;
}

export function toLoaded(dataset: Dataset, location: string): LoadedDataset {
  const indexed = indexDataset(dataset);
  return { ...indexed, location, search: createLazySearchIndex(indexed) };
}

/** The loaded dataset after a patch: the index and search change per record, not rebuilt. */
export function patchLoadedDataset(loaded: LoadedDataset, patch: DatasetPatch): LoadedDataset {
  const indexed = patchIndexedDataset(loaded, patch);
  loaded.search.update(indexed, {
    entities: touchedIds(patch, 'entities'),
    relationships: touchedIds(patch, 'relationships'),
  });
  return { ...indexed, location: loaded.location, search: loaded.search };
}
