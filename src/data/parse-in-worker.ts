import { proxy, wrap } from 'comlink';
import { joinSlices, yieldToPage } from './dataset-slices';
import { indexDatasetInSteps } from './indexed-dataset';
import type { LoadedDataset } from './load-dataset';
import type { OpenProgress, ParsedFile, ParseOutcome } from './open-file';
import type { ParseWorkerApi } from './parse-worker';
import { restoreSearchIndex } from './search';

/** Parses a dataset file in a worker of its own, which ends with the parse. */
export async function parseInWorker(
  file: Blob,
  location: string,
  onProgress: (progress: OpenProgress) => void = () => {},
): Promise<ParseOutcome> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  // Comlink would wait forever on a worker that failed to start; fail instead.
  const failed = new Promise<never>((_, reject) => {
    worker.onerror = (event) => reject(new Error(`The file reader failed: ${event.message}`));
  });
  try {
    const parsed = wrap<ParseWorkerApi>(worker).parse(file, location, proxy(onProgress));
    return await Promise.race([parsed, failed]);
  } finally {
    worker.terminate();
  }
}

/**
 * The worker's answer as the dataset the app uses, built in slices the page can breathe between.
 * The look-up maps are rebuilt here: cheaper than receiving them (see dataset-slices.ts).
 */
export async function toLoadedDataset(file: ParsedFile, location: string): Promise<LoadedDataset> {
  const dataset = await indexDatasetInSteps(await joinSlices(file.dataset), yieldToPage);
  return { ...dataset, location, search: await restoreSearchIndex(file.search, dataset) };
}
