import type { QueryClient } from '@tanstack/react-query';
import { toDraftId } from '../data/load/dataset-id';
import type { DatasetPatch } from '../data/model/dataset-patch';
import { datasetQuery, storedDatasetsQuery } from './dataset-query';
import { datasetRefKey, type DatasetRef, type DraftRef } from '../data/load/dataset-ref';
import {
  browserDatasetStore,
  keepDraft,
  type DatasetStore,
  type StoredDatasetInfo,
} from '../data/load/dataset-store';
import type { LoadedDataset } from '../data/load/load-dataset';
import type { Dataset } from '../data/schema/schema';
import { datasetContent, patchLoadedDataset, toLoaded } from '../data/load/patch-loaded-dataset';

/**
 * The write path: a draft's content changes in the query cache at once (every view sees it on
 * its next render) and in its stored record after. Only drafts are written: a stored dataset is
 * the file as opened, and the bundled one is Liaison's; to change either, make a draft of it.
 */
export interface WriteOptions {
  store?: DatasetStore;
  now?: () => Date;
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
