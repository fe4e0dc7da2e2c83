import { decodeFragment, encodeFragment } from './fragment-codec';
import { fromSharedPayload, toSharedPayload, type SharedFile } from './shared-file';

/**
 * The key of a link's data in its fragment: `#data=…`. Only the fragment carries data; the view
 * stays in the path and query, as in every other link.
 */
export const DATA_FRAGMENT_KEY = 'data';
const PREFIX = `#${DATA_FRAGMENT_KEY}=`;

/** The encoded data of a location's hash, or null when it carries none. */
export function readDataFragment(hash: string): string | null {
  return hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : null;
}

/** `#data=…` for a file. */
export async function toDataFragment(file: SharedFile): Promise<string> {
  return `${PREFIX}${await encodeFragment(toSharedPayload(file))}`;
}

/** The file a fragment's data holds; throws a FragmentError. */
export async function fromDataFragment(encoded: string): Promise<SharedFile> {
  return fromSharedPayload(await decodeFragment(encoded));
}
