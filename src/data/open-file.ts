import { convertToDataset } from './dataset-formats';
import { sha256Hex, toDatasetId } from './dataset-id';
import { sliceDataset, type DatasetSlices } from './dataset-slices';
import { DatasetError, indexOrThrow, validateDatasetOrThrow } from './load-dataset';
import type { DatasetProblem } from './problems';
import { indexForSearch, type SearchIndexSlices } from './search';

/** The largest file Liaison opens; a bigger one is refused before it is read. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

export function checkFileSize(bytes: number): DatasetProblem | null {
  if (bytes <= MAX_DATASET_BYTES) return null;
  return {
    path: '(the file)',
    expected: `at most ${formatBytes(MAX_DATASET_BYTES)}`,
    // Exact, so a file just over the limit does not read as the limit itself.
    found: `${formatBytes(bytes)} (${bytes.toLocaleString('en')} bytes)`,
  };
}

export type OpenStage = 'reading' | 'converting' | 'checking' | 'indexing';

export interface OpenProgress {
  stage: OpenStage;
  /** How far the stage is, 0–1, where that can be known. */
  fraction: number | null;
}

/** A file that passed every check, with its search index, as a worker hands it to the page. */
export interface ParsedFile {
  id: string;
  dataset: DatasetSlices;
  search: SearchIndexSlices;
}

export type ParseOutcome =
  { ok: true; file: ParsedFile } | { ok: false; problems: readonly DatasetProblem[] };

function decodeUtf8(bytes: Uint8Array, location: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'UTF-8 text', found: 'bytes that are not UTF-8' },
    ]);
  }
}

/**
 * The open path after reading: detect the format, convert, validate like the bundled dataset,
 * index for search. Problems come back as a value, so the caller keeps what the user had.
 */
export async function parseDatasetBytes(
  bytes: Uint8Array<ArrayBuffer>,
  location: string,
  onProgress: (progress: OpenProgress) => void = () => {},
): Promise<ParseOutcome> {
  try {
    onProgress({ stage: 'checking', fraction: null });
    // A format loaded on demand (FollowTheMoney) converts asynchronously, with its own progress.
    let isConverting = false;
    const converted: unknown = await convertToDataset(
      decodeUtf8(bytes, location),
      location,
      (fraction) => {
        isConverting = true;
        onProgress({ stage: 'converting', fraction });
      },
    );
    if (isConverting) onProgress({ stage: 'checking', fraction: null });
    const dataset = validateDatasetOrThrow(converted, location);
    onProgress({ stage: 'indexing', fraction: null });
    const search = indexForSearch(indexOrThrow(dataset, location));
    const id = toDatasetId(dataset.title, await sha256Hex(bytes));
    return { ok: true, file: { id, dataset: sliceDataset(dataset), search } };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, problems: error.problems };
    throw error;
  }
}
