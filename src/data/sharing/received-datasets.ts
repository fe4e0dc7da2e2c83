import type { rememberDataset } from '../load/dataset-store';
import type { LoadedDataset } from '../load/load-dataset';
import { parseInWorker, toLoadedDataset } from '../load/parse-in-worker';
import { fromDataFragment, readDataFragment } from './data-fragment';
import { FragmentError } from './fragment-codec';
import type { SharedFile } from './shared-file';

/** A link's data that Liaison could not use; the page says why and keeps what the user had. */
export class SharedLinkError extends Error {
  readonly datasetId: string;
  constructor(datasetId: string, message: string) {
    super(message);
    this.name = 'SharedLinkError';
    this.datasetId = datasetId;
  }
}

export interface ReceivedDataset {
  info: Parameters<typeof rememberDataset>[1];
  file: Blob;
}

/**
 * Datasets that arrived in a link's fragment and that the user has not (yet) kept: they live
 * for this page only, so a view of them can be left and come back to until the page closes.
 */
const received = new Map<string, ReceivedDataset>();

export function receivedDataset(id: string): ReceivedDataset | undefined {
  return received.get(id);
}

/** Once kept in the browser's store, a received dataset is read from there. */
export function forgetReceivedDataset(id: string) {
  received.delete(id);
}

async function parseSharedFile(datasetId: string, file: SharedFile): Promise<LoadedDataset> {
  const blob = new Blob([file.bytes]);
  const outcome = await parseInWorker(blob, file.name);
  if (!outcome.ok) {
    const [first] = outcome.problems;
    throw new SharedLinkError(
      datasetId,
      `The data in this link is not a dataset Liaison can open (${outcome.problems.length} problems` +
        `${first ? `, the first at ${first.path}: expected ${first.expected}, found ${first.found}` : ''}).`,
    );
  }
  if (outcome.file.id !== datasetId) {
    throw new SharedLinkError(
      datasetId,
      'The data in this link is not the dataset the link names: it was changed after the link was made. Ask for the link again, or for the file.',
    );
  }
  const loaded = await toLoadedDataset(outcome.file, file.name);
  received.set(datasetId, {
    info: {
      id: datasetId,
      version: outcome.file.digest,
      title: loaded.title,
      fileName: file.name,
      bytes: file.bytes.length,
      entities: loaded.entities.length,
      relationships: loaded.relationships.length,
    },
    file: blob,
  });
  return loaded;
}

/**
 * The dataset a link names, from the data in its fragment: null when the page's address
 * carries none. Throws a SharedLinkError, naming what is wrong, for data it cannot use.
 */
export async function loadReceivedDataset(
  datasetId: string,
  hash: string = globalThis.location?.hash ?? '',
): Promise<LoadedDataset | null> {
  const kept = received.get(datasetId);
  if (kept) {
    const outcome = await parseInWorker(kept.file, kept.info.fileName);
    if (outcome.ok) return toLoadedDataset(outcome.file, kept.info.fileName);
  }
  const encoded = readDataFragment(hash);
  if (encoded === null) return null;
  try {
    return await parseSharedFile(datasetId, await fromDataFragment(encoded));
  } catch (error) {
    if (error instanceof FragmentError) throw new SharedLinkError(datasetId, error.message);
    throw error;
  }
}
