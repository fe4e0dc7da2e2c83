import { DATASET_KEY, isDraftId, isStoredDatasetId } from './dataset-id';

/**
 * Which dataset the app holds, of every kind it can hold. The id is the dataset's name in links
 * and in the query cache, and it stays put while the content changes:
 * - `bundled`: the dataset Liaison ships; links name it by naming none.
 * - `stored`: opened from a file; its id comes from the file's content when first opened (a
 *   colleague opening the same file gets the same id), and the file is never changed after.
 * - `draft`: a dataset the user owns and edits; its id is made once (dataset-id.ts `toDraftId`),
 *   and its content's digest is its version, kept with its record (dataset-store.ts).
 * A dataset carried in a link and not yet kept is the next kind (the share issue adds it): every
 * switch on `kind` below is exhaustive, so the compiler names each place that must learn it.
 */
export type DatasetRef = BundledRef | StoredRef | DraftRef;

export interface BundledRef {
  kind: 'bundled';
}
export interface StoredRef {
  kind: 'stored';
  id: string;
}
export interface DraftRef {
  kind: 'draft';
  id: string;
}

export const BUNDLED_REF: BundledRef = { kind: 'bundled' };

/** The ref a `?dataset=` value names: any value that is no id means the bundled dataset. */
export function toDatasetRef(id: string | null | undefined): DatasetRef {
  if (id && isStoredDatasetId(id)) return { kind: 'stored', id };
  if (id && isDraftId(id)) return { kind: 'draft', id };
  return BUNDLED_REF;
}

/** The id a link carries for the dataset; null for the bundled one. */
export function datasetRefId(ref: DatasetRef): string | null {
  switch (ref.kind) {
    case 'bundled':
      return null;
    case 'stored':
    case 'draft':
      return ref.id;
  }
}

/** The one string that names a dataset, in the query cache and anywhere refs are compared. */
export function datasetRefKey(ref: DatasetRef): string {
  return datasetRefId(ref) ?? 'bundled';
}

export function isSameDatasetRef(a: DatasetRef, b: DatasetRef): boolean {
  return datasetRefKey(a) === datasetRefKey(b);
}

/** The dataset a URL's query names. */
export function datasetRefFromSearch(search: string): DatasetRef {
  return toDatasetRef(new URLSearchParams(search).get(DATASET_KEY));
}
