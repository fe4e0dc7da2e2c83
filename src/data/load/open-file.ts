import { convertToDataset } from '../formats/format-registry';
import { sha256Hex } from '../../lib/sha256';
import { toDatasetId } from './dataset-id';
import { sliceDataset, type DatasetSlices } from '../model/dataset-slices';
import { DatasetError } from '../schema/dataset-error';
import type { DatasetProblem } from '../schema/problems';
import { decodeUtf8, parseJson } from './json-text';
import { indexOrThrow, validateDatasetOrThrow } from './load-dataset';
import { indexForSearch, type SearchIndexSlices } from '../search/search';

export type OpenStage = 'reading' | 'converting' | 'checking' | 'indexing';

export interface OpenProgress {
  stage: OpenStage;
  /** How far the stage is, 0–1, where that can be known. */
  fraction: number | null;
}

/** A file that passed every check, with its search index, as a worker hands it to the page. */
export interface ParsedFile {
  id: string;
  /** The SHA-256 (hex) of the bytes read: the id begins with it, and it is the stored version. */
  digest: string;
  dataset: DatasetSlices;
  search: SearchIndexSlices;
}

export type ParseOutcome =
  { ok: true; file: ParsedFile } | { ok: false; problems: readonly DatasetProblem[] };

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
    return await toParsedFile(converted, bytes, location, onProgress);
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, problems: error.problems };
    throw error;
  }
}

async function toParsedFile(
  input: unknown,
  bytes: Uint8Array<ArrayBuffer>,
  location: string,
  onProgress: (progress: OpenProgress) => void,
): Promise<ParseOutcome> {
  const dataset = validateDatasetOrThrow(input, location);
  onProgress({ stage: 'indexing', fraction: null });
  const search = indexForSearch(indexOrThrow(dataset, location));
  const digest = await sha256Hex(bytes);
  const id = toDatasetId(dataset.title, digest);
  return { ok: true, file: { id, digest, dataset: sliceDataset(dataset), search } };
}

/**
 * The bundled dataset's path when the page cannot vouch for the file (see load-bundled-dataset.ts):
 * Liaison JSON only, with the problems the page has always named for it.
 */
export async function checkBundledBytes(
  bytes: Uint8Array<ArrayBuffer>,
  location: string,
): Promise<ParseOutcome> {
  try {
    const text = decodeUtf8(bytes, location);
    return await toParsedFile(parseJson(text, location), bytes, location, () => {});
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, problems: error.problems };
    throw error;
  }
}
