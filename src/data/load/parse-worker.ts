/// <reference lib="webworker" />
import { expose } from 'comlink';
import {
  checkBundledBytes,
  parseDatasetBytes,
  type OpenProgress,
  type ParseOutcome,
} from './open-file';

/** Progress is worth a message every few percent, not every chunk. */
const PROGRESS_STEP = 0.02;

async function readWithProgress(
  file: Blob,
  onProgress: (progress: OpenProgress) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, offset);
    offset += value.length;
    const fraction = offset / Math.max(file.size, 1);
    if (fraction - reported >= PROGRESS_STEP) {
      reported = fraction;
      onProgress({ stage: 'reading', fraction });
    }
  }
  return bytes;
}

/** Reading, parsing, validating and indexing, away from the page's thread. */
const api = {
  async parse(
    file: Blob,
    location: string,
    onProgress: (progress: OpenProgress) => void,
  ): Promise<ParseOutcome> {
    onProgress({ stage: 'reading', fraction: 0 });
    return parseDatasetBytes(await readWithProgress(file, onProgress), location, onProgress);
  },
  checkBundled(bytes: Uint8Array<ArrayBuffer>, location: string): Promise<ParseOutcome> {
    return checkBundledBytes(bytes, location);
  },
};

export type ParseWorkerApi = typeof api;

expose(api);
