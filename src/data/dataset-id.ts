/**
 * A stored dataset's id: a slug of its title, for people reading the link, and the start of the
 * SHA-256 of the file, so the same file always has the same id and a link means one content.
 */
const DIGEST_LENGTH = 12;
const SLUG_LENGTH = 40;
const ID_PATTERN = new RegExp(`^(?:([a-z0-9]+(?:-[a-z0-9]+)*)-)?([0-9a-f]{${DIGEST_LENGTH}})$`);

export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

export function toDatasetId(title: string, digestHex: string): string {
  const slug = slugOf(title);
  const digest = digestHex.slice(0, DIGEST_LENGTH).toLowerCase();
  return slug ? `${slug}-${digest}` : digest;
}

export function isDatasetId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The title as far as the id tells it, for a link whose dataset this browser does not have. */
export function nameInDatasetId(id: string): string | null {
  return ID_PATTERN.exec(id)?.[1]?.replace(/-/g, ' ') ?? null;
}

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The URL key that names a stored dataset; the bundled dataset has none. */
export const DATASET_KEY = 'dataset';

let lastSearch: { search: string; id: string | null } = { search: '', id: null };

/** The stored dataset a URL's query names, or null for the bundled one (or an unusable value). */
export function datasetIdFromSearch(search: string): string | null {
  // Every component that reads the dataset asks, with the same string: parsing a query of a
  // megabyte once per entity link took 23 s, so the last answer is kept.
  if (search === lastSearch.search) return lastSearch.id;
  const value = new URLSearchParams(search).get(DATASET_KEY);
  const id = value && isDatasetId(value) ? value : null;
  lastSearch = { search, id };
  return id;
}
