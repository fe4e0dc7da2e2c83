import { proxy, transfer, wrap, type Remote } from 'comlink';
import { joinSlices, yieldToPage } from '../model/dataset-slices';
import { indexDatasetInSteps } from '../model/indexed-dataset';
import type { LoadedDataset } from './load-dataset';
import type { OpenProgress, ParsedFile, ParseOutcome } from './open-file';
import type { ParseWorkerApi } from './parse-worker';
import { restoreSearchIndex } from '../search/search';

/** Runs one call in a parse worker of its own, which ends with the call. */
async function inParseWorker<T>(call: (api: Remote<ParseWorkerApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  // Comlink would wait forever on a worker that failed to start; fail instead.
  const failed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => reject(new Error(`The file reader failed: ${event.message}`));
  });
  try {
    return await Promise.race([call(wrap<ParseWorkerApi>(worker)), failed]);
  } finally {
    worker.terminate();
  }
}

/** Parses a dataset file (any format Liaison opens) in a worker. */
export function parseInWorker(
  file: Blob,
  location: string,
  onProgress: (progress: OpenProgress) => void = () => {},
): Promise<ParseOutcome> {
  return inParseWorker<ParseOutcome>((api) => api.parse(file, location, proxy(onProgress)));
}

/** Checks the bundled dataset's bytes in a worker: Liaison JSON, as the bundled file must be. */
export function checkBundledInWorker(
  bytes: Uint8Array<ArrayBuffer>,
  location: string,
): Promise<ParseOutcome> {
  return inParseWorker<ParseOutcome>((api) =>
    api.checkBundled(transfer(bytes, [bytes.buffer]), location),
  );
}

/**
 * The worker's answer as the dataset the app uses, built in slices the page can breathe between.
 * The look-up maps are rebuilt here: cheaper than receiving them (see dataset-slices.ts).
 */
export async function toLoadedDataset(file: ParsedFile, location: string): Promise<LoadedDataset> {
  const dataset = await indexDatasetInSteps(await joinSlices(file.dataset), yieldToPage);
  return { ...dataset, location, search: await restoreSearchIndex(file.search, dataset) };
}
