import { browserDatasetStore } from '../load/dataset-store';
import { BUNDLED_DATASET_URL } from '../load/load-bundled-dataset';
import { receivedDataset } from './received-datasets';
import type { SharedFile } from './shared-file';

/**
 * The file a dataset was opened from, byte for byte: from this browser's store, from the link
 * it arrived in, or the bundled file. Shared so, it has the same id wherever it is opened.
 */
export async function readDatasetFile(datasetId: string | null): Promise<SharedFile> {
  if (datasetId === null) {
    const response = await fetch(BUNDLED_DATASET_URL);
    if (!response.ok) throw new Error(`the bundled dataset did not load (${response.status})`);
    return { name: 'liaison.json', bytes: new Uint8Array(await response.arrayBuffer()) };
  }
  const stored = (await browserDatasetStore.get(datasetId)) ?? receivedDataset(datasetId);
  if (!stored) throw new Error('this dataset is no longer in this browser');
  return { name: stored.info.fileName, bytes: new Uint8Array(await stored.file.arrayBuffer()) };
}
