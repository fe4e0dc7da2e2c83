import { BUNDLED_DATASET_SHA256 } from 'virtual:bundled-dataset';
import { DatasetError } from '../schema/dataset-error';
import { sha256Hex } from '../../lib/sha256';
import { yieldToPage } from '../model/dataset-slices';
import { indexDatasetInSteps } from '../model/indexed-dataset';
import { decodeUtf8, parseJson } from './json-text';
import type { LoadedDataset } from './load-dataset';
import { checkBundledInWorker, toLoadedDataset } from './parse-in-worker';
import type { Dataset } from '../schema/schema';
import { createLazySearchIndex } from '../search/search';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/liaison.json`;

/** Whether these are exactly the bytes the build checked; false where the page cannot tell. */
async function isCheckedAtBuild(bytes: Uint8Array<ArrayBuffer>, checked: string | null) {
  if (!checked || !globalThis.crypto?.subtle) return false;
  return (await sha256Hex(bytes)) === checked;
}

/**
 * The bundled dataset. The build validated the file it ships (schema and integrity, and that
 * validation changes nothing in it) and recorded its SHA-256 (vite.config.ts): when the served
 * bytes are those, the page reads them as they are. Any other bytes (an edited or replaced
 * file, a development server) are checked in full in the parse worker, with every problem named.
 * See docs/decisions/0008-start-up.md (its first point).
 */
export async function loadBundledDataset(
  location: string = BUNDLED_DATASET_URL,
  checkedSha256: string | null = BUNDLED_DATASET_SHA256,
): Promise<LoadedDataset> {
  const response = await fetch(location);
  if (!response.ok) {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'a JSON file (HTTP 200)', found: `HTTP ${response.status}` },
    ]);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (await isCheckedAtBuild(bytes, checkedSha256)) {
    const dataset = parseJson(decodeUtf8(bytes, location), location) as Dataset;
    // In steps: a deployer's bundled file may be far larger than the article's.
    const indexed = await indexDatasetInSteps(dataset, yieldToPage);
    return { ...indexed, location, search: createLazySearchIndex(indexed) };
  }
  const outcome = await checkBundledInWorker(bytes, location);
  if (!outcome.ok) throw new DatasetError(location, outcome.problems);
  return toLoadedDataset(outcome.file, location);
}
