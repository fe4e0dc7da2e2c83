import { proxy, wrap } from 'comlink';
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

/** The worker's answer as the dataset the app uses; the search index is rebuilt in slices. */
export async function toLoadedDataset(file: ParsedFile, location: string): Promise<LoadedDataset> {
  return { ...file.dataset, location, search: await restoreSearchIndex(file.search) };
}
