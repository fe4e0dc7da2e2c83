import type { QueryClient } from '@tanstack/react-query';
import { toDraftId } from './dataset-id';
import { touchedIds, type DatasetPatch } from './dataset-patch';
import { datasetQuery, storedDatasetsQuery } from './dataset-query';
import { datasetRefKey, type DatasetRef, type DraftRef } from './dataset-ref';
import {
  browserDatasetStore,
  keepDraft,
  type DatasetStore,
  type StoredDatasetInfo,
} from './dataset-store';
import { indexDataset } from './indexed-dataset';
import type { LoadedDataset } from './load-dataset';
import { patchIndexedDataset } from './patch-index';
import type { Dataset } from './schema';
import { createLazySearchIndex } from './search';

/**
 * The write path: a draft's content changes in the query cache at once (every view sees it on
 * its next render) and in its stored record after. Only drafts are written: a stored dataset is
 * the file as opened, and the bundled one is Liaison's; to change either, make a draft of it.
 */
export interface WriteOptions {
  store?: DatasetStore;
  now?: () => Date;
}

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

function toLoaded(dataset: Dataset, location: string): LoadedDataset {
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

// Saves of one store run one after another, so a later edit's record is never overwritten by
// an earlier one finishing late. The chain belongs to the store it writes.
const saving = new WeakMap<DatasetStore, Promise<unknown>>();

function saveDraft(
  queryClient: QueryClient,
  ref: DraftRef,
  dataset: Dataset,
  { store = browserDatasetStore, now = () => new Date() }: WriteOptions,
  derivedFrom?: DatasetRef,
): Promise<StoredDatasetInfo> {
  const json = JSON.stringify(dataset);
  const save = async () => {
    const previous = derivedFrom ? undefined : (await store.get(ref.id))?.info;
    const draft = {
      id: ref.id,
      title: dataset.title,
      entities: dataset.entities.length,
      relationships: dataset.relationships.length,
      derivedFrom: derivedFrom ? datasetRefKey(derivedFrom) : (previous?.derivedFrom ?? null),
    };
    const info = await keepDraft(store, draft, json, now());
    await queryClient.invalidateQueries({ queryKey: storedDatasetsQuery().queryKey });
    return info;
  };
  const next = (saving.get(store) ?? Promise.resolve()).then(save, save);
  saving.set(store, next);
  return next;
}

/**
 * A new draft holding `from` (a dataset as loaded, or plain content), with an id of its own that
 * no edit changes. It is in the cache and kept when the promise resolves.
 */
export async function createDraft(
  queryClient: QueryClient,
  from: Dataset & Partial<LoadedDataset>,
  { derivedFrom, title, ...options }: WriteOptions & { derivedFrom?: DatasetRef; title?: string },
): Promise<{ ref: DraftRef; info: StoredDatasetInfo }> {
  const content = datasetContent(from);
  const dataset = title ? { ...content, title } : content;
  const ref: DraftRef = { kind: 'draft', id: toDraftId(dataset.title) };
  const info = await saveDraft(queryClient, ref, dataset, options, derivedFrom);
  queryClient.setQueryData(datasetQuery(ref).queryKey, toLoaded(dataset, info.fileName));
  return { ref, info };
}

/** Replaces a draft's whole content (indexed again in full); the id stays, the version moves. */
export function setDataset(
  queryClient: QueryClient,
  ref: DraftRef,
  next: Dataset & Partial<LoadedDataset>,
  options: WriteOptions = {},
): Promise<StoredDatasetInfo> {
  const dataset = datasetContent(next);
  queryClient.setQueryData(datasetQuery(ref).queryKey, toLoaded(dataset, `${ref.id}.json`));
  return saveDraft(queryClient, ref, dataset, options);
}

/**
 * Applies a patch to a draft: the cached dataset changes before this returns (incrementally,
 * see patch-index.ts), the record when the promise resolves.
 */
export async function patchDataset(
  queryClient: QueryClient,
  ref: DraftRef,
  patch: DatasetPatch,
  options: WriteOptions = {},
): Promise<StoredDatasetInfo> {
  const { queryKey } = datasetQuery(ref);
  const current =
    queryClient.getQueryData<LoadedDataset>(queryKey) ??
    (await queryClient.ensureQueryData(datasetQuery(ref)));
  const next = patchLoadedDataset(current, patch);
  queryClient.setQueryData(queryKey, next);
  return saveDraft(queryClient, ref, datasetContent(next), options);
}
