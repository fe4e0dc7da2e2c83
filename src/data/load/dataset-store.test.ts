import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../lib/sha256';
import { isDraftId, toDraftId } from './dataset-id';
import {
  createMemoryDatasetStore,
  keepDraft,
  listStoredDatasets,
  rememberDataset,
  type DatasetStore,
  type StoredDataset,
} from './dataset-store';

/** The store's contract in memory: what IndexedDB does, without a browser. */
function createFakeStore(): DatasetStore & { size(): number } {
  const records = new Map<string, StoredDataset>();
  return {
    list: async () => [...records.values()].map((record) => ({ ...record.info })),
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
  version: `digest-of-${id}`,
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
    expect(list[0]).toEqual({
      ...info('new'),
      kind: 'stored',
      openedAt: '2026-03-01T10:00:00.000Z',
    });
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

const draft = (id: string, title = 'My notes') => ({
  id,
  title,
  entities: 1,
  relationships: 0,
  derivedFrom: 'bundled',
});

describe('drafts in the store', () => {
  for (const [name, create] of [
    ['the fake store', createFakeStore],
    ['the memory store', createMemoryDatasetStore],
  ] as const) {
    it(`keep their id while their content, and so their version, changes (${name})`, async () => {
      const store = create();
      const id = toDraftId('My notes');
      expect(isDraftId(id)).toBe(true);
      const first = await keepDraft(store, draft(id), '{"a":1}', new Date('2026-01-01T00:00:00Z'));
      expect(first).toEqual({
        ...draft(id),
        kind: 'draft',
        version: await sha256Hex(new TextEncoder().encode('{"a":1}')),
        fileName: `${id}.json`,
        bytes: 7,
        openedAt: '2026-01-01T00:00:00.000Z',
      });
      const second = await keepDraft(store, draft(id, 'Renamed'), '{"a":2}');
      expect(second.id).toBe(id);
      expect(second.version).not.toBe(first.version);
      const list = await listStoredDatasets(store);
      expect(list.map((item) => [item.id, item.kind, item.title])).toEqual([
        [id, 'draft', 'Renamed'],
      ]);
      expect(await (await store.get(id))!.file.text()).toBe('{"a":2}');
      const again = await keepDraft(store, draft(id, 'Renamed'), '{"a":2}');
      expect(again.version).toBe(second.version);
    });
  }

  it('sit beside stored datasets, each of its kind', async () => {
    const store = createMemoryDatasetStore();
    await rememberDataset(store, info('notes-e3b0c44298fc'), file, new Date('2026-01-01'));
    const id = toDraftId('notes', new Uint8Array(16));
    await keepDraft(store, draft(id), '{}', new Date('2026-01-02'));
    const list = await listStoredDatasets(store);
    expect(list.map((item) => [item.id, item.kind])).toEqual([
      ['notes-draft-0000000000000000', 'draft'],
      ['notes-e3b0c44298fc', 'stored'],
    ]);
  });
});
