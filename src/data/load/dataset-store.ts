import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the Datasets list shows of a dataset opened from a file. */
export interface StoredDatasetInfo {
  id: string;
  title: string;
  fileName: string;
  entities: number;
  relationships: number;
  bytes: number;
  /** When the file was opened, ISO 8601. */
  openedAt: string;
}

export interface StoredDataset {
  info: StoredDatasetInfo;
  file: Blob;
}

/** Datasets kept in this browser. The file is kept as it was opened and checked again on load. */
export interface DatasetStore {
  list(): Promise<StoredDatasetInfo[]>;
  get(id: string): Promise<StoredDataset | undefined>;
  put(dataset: StoredDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Newest first; the list is short, so sorting here is simpler than an index. */
export async function listStoredDatasets(store: DatasetStore): Promise<StoredDatasetInfo[]> {
  const infos = await store.list();
  return infos.sort((a, b) => b.openedAt.localeCompare(a.openedAt) || a.id.localeCompare(b.id));
}

/** Keeps an opened file; opening the same content again updates it, never duplicates it. */
export async function rememberDataset(
  store: DatasetStore,
  info: Omit<StoredDatasetInfo, 'openedAt'>,
  file: Blob,
  now: Date = new Date(),
): Promise<StoredDatasetInfo> {
  const stored = { ...info, openedAt: now.toISOString() };
  await store.put({ info: stored, file });
  return stored;
}

interface StoreSchema extends DBSchema {
  infos: { key: string; value: StoredDatasetInfo };
  files: { key: string; value: Blob };
}

/**
 * The store in IndexedDB: infos and files apart, so listing never reads a file. Opened lazily,
 * on first use.
 */
export function createIndexedDbStore(name = 'liaison-datasets'): DatasetStore {
  let database: Promise<IDBPDatabase<StoreSchema>> | null = null;
  const open = () =>
    (database ??= openDB<StoreSchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('infos');
        db.createObjectStore('files');
      },
    }));
  return {
    list: async () => (await open()).getAll('infos'),
    async get(id) {
      const transaction = (await open()).transaction(['infos', 'files']);
      const [info, file] = await Promise.all([
        transaction.objectStore('infos').get(id),
        transaction.objectStore('files').get(id),
      ]);
      return info && file ? { info, file } : undefined;
    },
    async put({ info, file }) {
      const transaction = (await open()).transaction(['infos', 'files'], 'readwrite');
      await Promise.all([
        transaction.objectStore('infos').put(info, info.id),
        transaction.objectStore('files').put(file, info.id),
        transaction.done,
      ]);
    },
    async remove(id) {
      const transaction = (await open()).transaction(['infos', 'files'], 'readwrite');
      await Promise.all([
        transaction.objectStore('infos').delete(id),
        transaction.objectStore('files').delete(id),
        transaction.done,
      ]);
    },
  };
}

/** This browser's store; the one place the app keeps datasets. */
export const browserDatasetStore = createIndexedDbStore();
