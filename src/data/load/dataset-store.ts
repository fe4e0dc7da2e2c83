import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  isUnreadable,
  readStoredEntry,
  UnreadableDatasetError,
  type StoredDatasetInfo,
  type StoredEntry,
  type UnreadableRecord,
} from './stored-record';
import { sha256Hex } from '../../lib/sha256';
import { isDraftId } from './dataset-id';

// The record's shape lives with its check on read (stored-record.ts).
export type { StoredDatasetInfo };

export interface StoredDataset {
  info: StoredDatasetInfo;
  file: Blob;
}

/** Datasets kept in this browser. The file is kept as it was opened and checked again on load. */
export interface DatasetStore {
  /** Every record, unchecked: `listStoredRecords` checks them. */
  list(): Promise<StoredEntry[]>;
  get(id: string): Promise<StoredDataset | undefined>;
  put(dataset: StoredDataset): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface StoredRecords {
  datasets: StoredDatasetInfo[];
  unreadable: UnreadableRecord[];
}

/** Newest first; the list is short, so sorting here is simpler than an index. Records that
 * fail their check are listed apart, so one damaged record never hides the others. */
export async function listStoredRecords(store: DatasetStore): Promise<StoredRecords> {
  const read = (await store.list()).map(readStoredEntry);
  const datasets = read
    .filter((item): item is StoredDatasetInfo => !isUnreadable(item))
    .map(withKind);
  datasets.sort((a, b) => b.openedAt.localeCompare(a.openedAt) || a.id.localeCompare(b.id));
  return { datasets, unreadable: read.filter(isUnreadable) };
}

export async function listStoredDatasets(store: DatasetStore): Promise<StoredDatasetInfo[]> {
  return (await listStoredRecords(store)).datasets;
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
    list: async () =>
      [...records.values()].map(({ info }) => ({ id: info.id, info: { ...info }, hasFile: true })),
    get: async (id) => records.get(id),
    put: async (record) => void records.set(record.info.id, record),
    remove: async (id) => void records.delete(id),
  };
}

// What another version or a damaged profile left is unknown until checked (stored-record.ts).
interface StoreSchema extends DBSchema {
  infos: { key: string; value: unknown };
  files: { key: string; value: unknown };
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
    async list() {
      const transaction = (await open()).transaction(['infos', 'files']);
      const infos = transaction.objectStore('infos');
      const files = transaction.objectStore('files');
      // A file is a Blob: the store hands back a handle, not its bytes.
      const [ids, values, fileIds, fileValues] = await Promise.all([
        infos.getAllKeys(),
        infos.getAll(),
        files.getAllKeys(),
        files.getAll(),
      ]);
      const isBlob = new Map(fileIds.map((id, at) => [id, fileValues[at] instanceof Blob]));
      const entries = ids.map((id, at) => ({ id, info: values[at], hasFile: !!isBlob.get(id) }));
      const orphans = fileIds.filter((id) => !ids.includes(id));
      return [
        ...entries,
        ...orphans.map((id) => ({ id, info: undefined, hasFile: !!isBlob.get(id) })),
      ];
    },
    async get(id) {
      const transaction = (await open()).transaction(['infos', 'files']);
      const [info, file] = await Promise.all([
        transaction.objectStore('infos').get(id),
        transaction.objectStore('files').get(id),
      ]);
      if (info === undefined && file === undefined) return undefined;
      const read = readStoredEntry({ id, info, hasFile: file instanceof Blob });
      if (isUnreadable(read)) throw new UnreadableDatasetError(read);
      return { info: withKind(read), file: file as Blob };
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
