import { slugOf } from '../../../lib/slug';

/** The longest slug an FtM id becomes. */
export const ID_SLUG_LENGTH = 96;

/**
 * Liaison ids are readable slugs; FtM ids are any string ("NK-2xbc…", "Q7747", a SHA-1 with a
 * signature). Each FtM id gets a slug of its own, stable for the same file, unique in the dataset.
 */

/** FNV-1a, so ids without a letter or digit in Latin script still get a short stable slug. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at += 1) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Hands out unique slugs: the same wish twice gets "-2", "-3"… */
export function createIdAllocator() {
  const taken = new Set<string>();
  return (wish: string): string => {
    const base = slugOf(wish, ID_SLUG_LENGTH) || `id-${hashOf(wish)}`;
    let id = base;
    for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
    taken.add(id);
    return id;
  };
}
