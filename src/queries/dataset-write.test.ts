import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/bundled-dataset';
import { isDraftId } from '../data/load/dataset-id';
import { sha256Hex } from '../lib/sha256';
import { datasetQuery } from '../queries/dataset-query';
import { BUNDLED_REF, type DraftRef } from '../data/load/dataset-ref';
import { createMemoryDatasetStore, type DatasetStore } from '../data/load/dataset-store';
import { datasetContent } from '../data/load/patch-loaded-dataset';
import { createDraft, patchDataset, setDataset } from './dataset-write';
import type { LoadedDataset } from '../data/load/load-dataset';
import { parseDataset } from '../data/load/load-dataset';

const bundled = loadBundledDataset();
const now = () => new Date('2026-05-01T12:00:00Z');

async function draftOfBundled() {
  const queryClient = new QueryClient();
  const store = createMemoryDatasetStore();
  const { ref, info } = await createDraft(queryClient, bundled, {
    store,
    now,
    derivedFrom: BUNDLED_REF,
  });
  return { queryClient, store, ref, info };
}

const cached = (queryClient: QueryClient, ref: DraftRef) =>
  queryClient.getQueryData<LoadedDataset>(datasetQuery(ref).queryKey)!;

/** What the store holds for a draft, opened back as the app opens it. */
async function reopen(store: DatasetStore, id: string) {
  const record = (await store.get(id))!;
  const text = await record.file.text();
  return { record, text, dataset: datasetContent(parseDataset(JSON.parse(text), 'reopened')) };
}

describe('a draft', () => {
  it('gets an id of its own, is cached, and is kept with its content digest as version', async () => {
    const { queryClient, store, ref, info } = await draftOfBundled();
    expect(ref.kind).toBe('draft');
    expect(isDraftId(ref.id)).toBe(true);
    expect(info).toMatchObject({
      id: ref.id,
      kind: 'draft',
      title: bundled.title,
      derivedFrom: 'bundled',
      entities: bundled.entities.length,
      openedAt: '2026-05-01T12:00:00.000Z',
    });
    const { text, dataset } = await reopen(store, ref.id);
    expect(info.version).toBe(await sha256Hex(new TextEncoder().encode(text)));
    expect(dataset).toEqual(datasetContent(bundled));
    expect(datasetContent(cached(queryClient, ref))).toEqual(datasetContent(bundled));
  });

  it('is patched in the cache at once and in the store after, keeping its id', async () => {
    const { queryClient, store, ref, info } = await draftOfBundled();
    const entity = bundled.entities[0]!;
    const saved = patchDataset(
      queryClient,
      ref,
      { put: { entities: [{ ...entity, name: 'Renamed' }] } },
      { store, now },
    );
    // Before the save resolves, every view already reads the edit.
    const current = cached(queryClient, ref);
    expect(current.entityById.get(entity.id)?.name).toBe('Renamed');
    expect(current.search.search('Renamed')[0]?.id).toBe(entity.id);
    const next = await saved;
    expect(next.id).toBe(ref.id);
    expect(next.derivedFrom).toBe('bundled');
    expect(next.version).not.toBe(info.version);
    const { dataset } = await reopen(store, ref.id);
    expect(dataset).toEqual(datasetContent(current));
    expect(await store.list()).toHaveLength(1);
  });

  it('is set whole, and quick edits are kept in the order they were made', async () => {
    const { queryClient, store, ref } = await draftOfBundled();
    const [first, second] = bundled.entities;
    const rename = (entity: typeof first, name: string) => ({
      put: { entities: [{ ...entity!, name }] },
    });
    const one = patchDataset(queryClient, ref, rename(first, 'First'), { store });
    const two = setDataset(
      queryClient,
      ref,
      { ...datasetContent(cached(queryClient, ref)), title: 'Retitled' },
      { store },
    );
    const three = patchDataset(queryClient, ref, rename(second, 'Second'), { store });
    const infos = await Promise.all([one, two, three]);
    expect(new Set(infos.map((item) => item.version)).size).toBe(3);
    const { record, dataset } = await reopen(store, ref.id);
    expect(record.info).toEqual(infos[2]);
    expect(record.info.title).toBe('Retitled');
    expect(dataset.entities.slice(0, 2).map((entity) => entity.name)).toEqual(['First', 'Second']);
    expect(dataset).toEqual(datasetContent(cached(queryClient, ref)));
  });

  it('of the same content twice gets two ids, each its own', async () => {
    const queryClient = new QueryClient();
    const store = createMemoryDatasetStore();
    const a = await createDraft(queryClient, bundled, { store, title: 'Mine' });
    const b = await createDraft(queryClient, bundled, { store, title: 'Mine' });
    expect(a.ref.id).not.toBe(b.ref.id);
    expect(a.info.version).toBe(b.info.version);
    expect(a.ref.id.startsWith('mine-draft-')).toBe(true);
    expect(await store.list()).toHaveLength(2);
  });
});
