import { toDataFragment } from './data-fragment';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from './fragment-codec';
import type { SharedFile } from './shared-file';

/** A link that carries its dataset, or why it cannot. */
export type ShareLink =
  { fits: true; href: string; length: number } | { fits: false; length: number | null };

/**
 * The view's address (`address`: origin, path and query) with the dataset file in its
 * fragment, when the whole link stays within what chat tools carry (MAX_LINK_CHARS). A file
 * larger than a link may unpack to is not compressed only to be refused.
 */
export async function createShareLink(address: string, file: SharedFile): Promise<ShareLink> {
  if (file.bytes.length + 1024 > MAX_INFLATED_BYTES) return { fits: false, length: null };
  const href = `${address.replace(/#.*$/, '')}${await toDataFragment(file)}`;
  return href.length <= MAX_LINK_CHARS
    ? { fits: true, href, length: href.length }
    : { fits: false, length: href.length };
}
