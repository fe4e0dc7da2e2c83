import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { joinSlices, sliceDataset } from './dataset-slices';
import { indexDataset, indexDatasetInSteps } from './indexed-dataset';
import type { Dataset } from '../schema/schema';

describe('dataset slices', () => {
  it('give back the dataset they were cut from, pausing between slices', async () => {
    const { entities, relationships, sources, schemaVersion, title } = loadBundledDataset();
    const dataset: Dataset = { schemaVersion, title, sources, entities, relationships };
    let pauses = 0;
    const joined = await joinSlices(sliceDataset(dataset), async () => void pauses++);
    expect(joined).toEqual(dataset);
    expect(pauses).toBe(2);
  });

  it('cut large lists into several slices', () => {
    const [first] = loadBundledDataset().entities;
    const dataset = { schemaVersion: 1 as const, title: 't', sources: [], relationships: [] };
    const slices = sliceDataset({ ...dataset, entities: Array(4500).fill(first!) });
    expect(slices.entities).toHaveLength(3);
    expect(slices.relationships).toEqual([]);
  });

  it('are indexed in steps to the same index as at once', async () => {
    const { entities, relationships, sources, schemaVersion, title } = loadBundledDataset();
    const dataset: Dataset = { schemaVersion, title, sources, entities, relationships };
    let pauses = 0;
    const stepwise = await indexDatasetInSteps(dataset, async () => void pauses++);
    expect(stepwise).toEqual(indexDataset(dataset));
    expect(pauses).toBe(3);
  });
});
