import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { sha256Hex } from '../../lib/sha256';
import { isDraftId } from './dataset-id';

/** What the Datasets list shows of a dataset opened from a file, or of a draft. */
export interface StoredDatasetInfo {
  id: string;
  /** A file as it was opened (never changed), or a draft the user edits (see dataset-ref.ts). */
  kind: 'stored' | 'draft';
  /**
   * The SHA-256 (hex) of the content kept. A stored dataset's id begins with it; a draft's id
   * stays put while its edits change the version.
   */
  version: string;
  /** A draft's origin: the ref key (dataset-ref.ts `datasetRefKey`) of what it was made from. */
  derivedFrom?: string | null;
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
  info: Omit<StoredDatasetInfo, 'openedAt' | 'kind'>,
  file: Blob,
  now: Date = new Date(),
): Promise<StoredDatasetInfo> {
  const stored: StoredDatasetInfo = { ...info, kind: 'stored', openedAt: now.toISOString() };
  await store.put({ info: stored, file });
  return stored;
}

/** What a draft is kept with: its id (made once, dataset-id.ts `toDraftId`) and what it holds. */
export interface DraftToKeep {
  id: string;
  title: string;
  entities: number;
  relationships: number;
  derivedFrom?: string | null;
}

/**
 * Keeps a draft's content (Liaison JSON text) under its id, whatever it held before: the id
 * stays, the version becomes the content's digest.
 */
export async function keepDraft(
  store: DatasetStore,
  draft: DraftToKeep,
  json: string,
  now: Date = new Date(),
): Promise<StoredDatasetInfo> {
  const bytes = new TextEncoder().encode(json);
  const info: StoredDatasetInfo = {
    ...draft,
    kind: 'draft',
    version: await sha256Hex(bytes),
    fileName: `${draft.id}.json`,
    bytes: bytes.byteLength,
    openedAt: now.toISOString(),
  };
  await store.put({ info, file: new Blob([bytes], { type: 'application/json' }) });
  return info;
}

/**
 * A record kept before records had a kind and a version: it was a file, and its id holds the
 * start of its digest, which stands for the version until the file is opened again.
 */
function withKind(info: StoredDatasetInfo): StoredDatasetInfo {
  if (info.kind && info.version) return info;
  const legacy = info as Omit<StoredDatasetInfo, 'kind' | 'version'>;
  return {
    ...legacy,
    kind: isDraftId(info.id) ? 'draft' : 'stored',
    version: info.version ?? info.id.slice(-12),
  };
}

/** The store in memory: for tests, and wherever a browser keeps no IndexedDB. */
export function createMemoryDatasetStore(): DatasetStore {
  const records = new Map<string, StoredDataset>();
  return {
    list: async () => [...records.values()].map((record) => ({ ...record.info })),
    get: async (id) => records.get(id),
    put: async (record) => void records.set(record.info.id, record),
    remove: async (id) => void records.delete(id),
  };
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
    list: async () => (await (await open()).getAll('infos')).map(withKind),
    async get(id) {
      const transaction = (await open()).transaction(['infos', 'files']);
      const [info, file] = await Promise.all([
        transaction.objectStore('infos').get(id),
        transaction.objectStore('files').get(id),
      ]);
      return info && file ? { info: withKind(info), file } : undefined;
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
