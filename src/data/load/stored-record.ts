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

/** A record of the store that cannot be used: another version wrote it, or it was damaged. */
export interface UnreadableRecord {
  id: string;
  /** What is wrong with it, in words. */
  reason: string;
}

/** What the store holds under one id, before it is trusted. */
export interface StoredEntry {
  id: string;
  info: unknown;
  /** Whether the file kept under the id is a file (a Blob) at all. */
  hasFile: boolean;
}

const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
/** ISO 8601 as `Date.toISOString` writes it, and a real moment. */
const isMoment = (value: unknown) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) &&
  !Number.isNaN(Date.parse(value));

const FIELDS: readonly [keyof StoredDatasetInfo, (value: unknown) => boolean, string][] = [
  ['id', isText, 'an id'],
  ['title', isText, 'a title'],
  ['fileName', (value) => typeof value === 'string', 'a file name'],
  ['entities', isCount, 'a count of entities'],
  ['relationships', isCount, 'a count of relationships'],
  ['bytes', isCount, 'a size in bytes'],
  ['openedAt', isMoment, 'the time it was opened'],
];

/** Fields older records lack. */
const OPTIONAL_FIELDS: readonly [keyof StoredDatasetInfo, (value: unknown) => boolean, string][] = [
  ['kind', (value) => value === 'stored' || value === 'draft', 'kind (stored or draft)'],
  ['version', isText, 'version'],
  ['derivedFrom', (value) => value === null || typeof value === 'string', 'origin'],
];

/**
 * A stored record checked on read, by hand rather than with zod: the Datasets list reads it on
 * the home page, and zod is not on the home page's critical path.
 */
export function readStoredEntry(entry: StoredEntry): StoredDatasetInfo | UnreadableRecord {
  const { id, info, hasFile } = entry;
  if (!hasFile) return { id, reason: 'its file is missing or is not a file' };
  if (typeof info !== 'object' || info === null) return { id, reason: 'its details are missing' };
  const record = info as Record<string, unknown>;
  const wrong = FIELDS.filter(([field, isValid]) => !isValid(record[field]));
  if (wrong.length > 0) {
    return { id, reason: `it has no readable ${wrong.map(([, , words]) => words).join(', ')}` };
  }
  if (record['id'] !== id) return { id, reason: 'its details name another dataset' };
  const wrongOptional = OPTIONAL_FIELDS.filter(
    ([field, isValid]) => record[field] !== undefined && !isValid(record[field]),
  );
  if (wrongOptional.length > 0) {
    return {
      id,
      reason: `it has no readable ${wrongOptional.map(([, , words]) => words).join(', ')}`,
    };
  }
  // Records kept before kinds and versions lack them: the store fills them in (`withKind`).
  const fields = [...FIELDS, ...OPTIONAL_FIELDS].filter(([field]) => record[field] !== undefined);
  return Object.fromEntries(
    fields.map(([field]) => [field, record[field]]),
  ) as unknown as StoredDatasetInfo;
}

export const isUnreadable = (
  read: StoredDatasetInfo | UnreadableRecord,
): read is UnreadableRecord => 'reason' in read;

/** A stored dataset whose record cannot be read: the Datasets list offers to remove it. */
export class UnreadableDatasetError extends Error {
  readonly datasetId: string;
  constructor({ id, reason }: UnreadableRecord) {
    super(`The dataset kept in this browser as ${id} cannot be read: ${reason}.`);
    this.name = 'UnreadableDatasetError';
    this.datasetId = id;
  }
}
