import { slugOf } from '../../lib/slug';

/**
 * A stored dataset's id: a slug of its title, for people reading the link, and the start of the
 * SHA-256 of the file, so the same file always has the same id and a link means one content.
 * A draft's id is a slug and `draft-` and a random part: it is made once and no edit changes it
 * (its content's digest is its version instead; see dataset-ref.ts). The two shapes never overlap.
 */
const DIGEST_LENGTH = 12;
const SLUG_LENGTH = 40;
const DRAFT_RANDOM_LENGTH = 16;
const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const ID_PATTERN = new RegExp(`^(?:${SLUG}-)?([0-9a-f]{${DIGEST_LENGTH}})$`);
const DRAFT_ID_PATTERN = new RegExp(`^(?:${SLUG}-)?draft-([0-9a-z]{${DRAFT_RANDOM_LENGTH}})$`);

export function toDatasetId(title: string, digestHex: string): string {
  const slug = slugOf(title, SLUG_LENGTH);
  const digest = digestHex.slice(0, DIGEST_LENGTH).toLowerCase();
  return slug ? `${slug}-${digest}` : digest;
}

/** A new draft's id; `random` is for tests, which need the same id twice. */
export function toDraftId(
  title: string,
  random: Uint8Array = crypto.getRandomValues(new Uint8Array(DRAFT_RANDOM_LENGTH)),
): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const part = Array.from(random.slice(0, DRAFT_RANDOM_LENGTH), (byte) => alphabet[byte % 36]);
  const slug = slugOf(title, SLUG_LENGTH);
  return `${slug ? `${slug}-` : ''}draft-${part.join('').padEnd(DRAFT_RANDOM_LENGTH, '0')}`;
}

/** The id of a dataset opened from a file (content-derived). */
export function isStoredDatasetId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The id of a draft (made once, kept through every edit). */
export function isDraftId(value: string): boolean {
  return DRAFT_ID_PATTERN.test(value);
}

/** Any id a `?dataset=` link may carry: a stored dataset's or a draft's. */
export function isDatasetId(value: string): boolean {
  return isStoredDatasetId(value) || isDraftId(value);
}

/** The title as far as the id tells it, for a link whose dataset this browser does not have. */
export function nameInDatasetId(id: string): string | null {
  const slug = ID_PATTERN.exec(id)?.[1] ?? DRAFT_ID_PATTERN.exec(id)?.[1];
  return slug?.replace(/-/g, ' ') ?? null;
}

/** The URL key that names a stored dataset; the bundled dataset has none. */
export const DATASET_KEY = 'dataset';

/** The stored dataset a URL's query names, or null for the bundled one (or an unusable value). */
export function datasetIdFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get(DATASET_KEY);
  return value && isDatasetId(value) ? value : null;
}
