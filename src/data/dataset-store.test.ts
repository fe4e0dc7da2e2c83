import { describe, expect, it } from 'vitest';
import {
  listStoredDatasets,
  rememberDataset,
  type DatasetStore,
  type StoredDataset,
} from './dataset-store';

/** The store's contract in memory: what IndexedDB does, without a browser. */
function createFakeStore(): DatasetStore & { size(): number } {
  const records = new Map<string, StoredDataset>();
  return {
    list: async () =>
      [...records.values()].map(({ info }) => ({ id: info.id, info: { ...info }, hasFile: true })),
    get: async (id) => records.get(id),
    put: async (record) => void records.set(record.info.id, record),
    remove: async (id) => void records.delete(id),
    size: () => records.size,
  };
}

const info = (id: string, title = id) => ({
  id,
  title,
  fileName: `${id}.json`,
  entities: 3,
  relationships: 2,
  bytes: 100,
});
const file = new Blob(['{}']);

describe('the stored datasets', () => {
  it('are listed newest first, with what the list shows', async () => {
    const store = createFakeStore();
    await rememberDataset(store, info('old'), file, new Date('2026-01-01T10:00:00Z'));
    await rememberDataset(store, info('new'), file, new Date('2026-03-01T10:00:00Z'));
    await rememberDataset(store, info('mid'), file, new Date('2026-02-01T10:00:00Z'));
    const list = await listStoredDatasets(store);
    expect(list.map((item) => item.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).toEqual({ ...info('new'), openedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('hold one entry per content: opening a file again moves it to the top', async () => {
    const store = createFakeStore();
    await rememberDataset(store, info('a'), file, new Date('2026-01-01T00:00:00Z'));
    await rememberDataset(store, info('b'), file, new Date('2026-01-02T00:00:00Z'));
    await rememberDataset(store, info('a', 'A again'), file, new Date('2026-01-03T00:00:00Z'));
    expect(store.size()).toBe(2);
    expect((await listStoredDatasets(store)).map((item) => item.title)).toEqual(['A again', 'b']);
  });

  it('keep the file, and forget it with its entry', async () => {
    const store = createFakeStore();
    await rememberDataset(store, info('a'), file);
    expect((await store.get('a'))?.file).toBe(file);
    await store.remove('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await listStoredDatasets(store)).toEqual([]);
  });
});
