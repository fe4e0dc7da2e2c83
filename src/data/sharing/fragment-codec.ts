/**
 * The bytes a link carries in its fragment (after `#`, so never sent to any server):
 *
 *   version (1 byte) · body length (uint32) · inflated length (uint32) · body · check (8 bytes)
 *
 * The body is the payload compressed with deflate-raw; the check is the first 8 bytes of the
 * SHA-256 of everything before it. All of it is base64url, which chat tools leave alone.
 * Reading checks, in this order and before inflating anything: the version, the length (a cut
 * link is shorter than it says), the check (a changed one no longer matches), the declared size;
 * then it inflates with a hard cap, so a small fragment that would unpack to gigabytes is
 * stopped after the cap. docs/decisions/0010-links-that-carry-their-data.md.
 */
export const FRAGMENT_VERSION = 1;
const HEADER_BYTES = 9;
const CHECK_BYTES = 8;

/**
 * The longest link Liaison writes, and the longest fragment it reads: 12,000 characters. The
 * tightest common carrier is Microsoft Teams (about 28 KB per post, formatting included:
 * roughly 14,600 plain characters); Slack truncates at 40,000. Telegram (4,096) and Discord
 * (2,000) cut shorter links: there, "Save as file". docs/decisions/0010-links-that-carry-their-data.md.
 */
export const MAX_LINK_CHARS = 12_000;
/** The most a fragment may inflate to: ~20 times what 12,000 characters of deflate carry. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

export type FragmentProblem = 'truncated' | 'tampered' | 'version' | 'too-large' | 'malformed';

const MESSAGES: Record<FragmentProblem, string> = {
  truncated:
    'The link is cut short: only part of it was copied or sent. Ask for the whole link, or for the file (Share, then “Save as file”).',
  tampered:
    'The data in this link was changed after the link was made, so Liaison does not trust it. Ask for the link again, or for the file.',
  version:
    'This link was made by another version of Liaison, whose links this version cannot read. Ask for the file instead (Share, then “Save as file”).',
  'too-large': `The data in this link would unpack to more than it says, or to more than the ${MAX_INFLATED_BYTES / 1024 / 1024} MB a link may carry, so Liaison stopped reading it. Ask for the file instead.`,
  malformed:
    'This link’s data is not something Liaison wrote: it holds characters a Liaison link never has. Check that the whole link was copied.',
};

export class FragmentError extends Error {
  readonly problem: FragmentProblem;
  constructor(problem: FragmentProblem, detail?: string) {
    super(detail ? `${MESSAGES[problem]} (${detail})` : MESSAGES[problem]);
    this.name = 'FragmentError';
    this.problem = problem;
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) {
    throw new FragmentError('malformed');
  }
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function pipeThrough(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
  onChunk: (chunk: Uint8Array, total: number) => void = () => {},
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    chunks.push(value);
    try {
      onChunk(value, total);
    } catch (error) {
      // Stop the decompressor at once: nothing more is inflated.
      await reader.cancel().catch(() => {});
      throw error;
    }
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * Inflates deflate-raw, throwing 'too-large' as soon as the output passes `cap` bytes: it never
 * holds more than the cap and one chunk. `onProgress` sees the running total (for tests).
 */
export async function inflateCapped(
  body: Uint8Array<ArrayBuffer>,
  cap: number,
  onProgress: (total: number) => void = () => {},
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await pipeThrough(body, new DecompressionStream('deflate-raw'), (_, total) => {
      onProgress(total);
      if (total > cap) throw new FragmentError('too-large');
    });
  } catch (error) {
    if (error instanceof FragmentError) throw error;
    // A deflate stream that ends early or holds impossible codes: its check matched, so it was
    // written this way on purpose.
    throw new FragmentError('tampered', 'the compressed data does not unpack');
  }
}

async function checkOf(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, CHECK_BYTES);
}

/** The payload as a fragment's text (without `#` or key). */
export async function encodeFragment(payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const body = await pipeThrough(payload, new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(HEADER_BYTES + body.length + CHECK_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, FRAGMENT_VERSION);
  view.setUint32(1, body.length);
  view.setUint32(5, payload.length);
  bytes.set(body, HEADER_BYTES);
  bytes.set(
    await checkOf(bytes.subarray(0, HEADER_BYTES + body.length)),
    HEADER_BYTES + body.length,
  );
  return toBase64Url(bytes);
}

export interface DecodeLimits {
  maxChars: number;
  maxInflated: number;
  onProgress?: (inflated: number) => void;
}

/** A fragment's text back to its payload; throws a FragmentError saying what is wrong. */
export async function decodeFragment(
  text: string,
  {
    maxChars = MAX_LINK_CHARS,
    maxInflated = MAX_INFLATED_BYTES,
    onProgress,
  }: Partial<DecodeLimits> = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (text.length > maxChars) {
    throw new FragmentError('too-large', `${text.length.toLocaleString('en')} characters`);
  }
  const bytes = fromBase64Url(text);
  if (bytes.length === 0) throw new FragmentError('truncated');
  if (bytes[0] !== FRAGMENT_VERSION) {
    throw new FragmentError(
      'version',
      `format ${bytes[0]}, this Liaison reads ${FRAGMENT_VERSION}`,
    );
  }
  if (bytes.length < HEADER_BYTES) throw new FragmentError('truncated');
  const view = new DataView(bytes.buffer);
  const bodyLength = view.getUint32(1);
  const inflatedLength = view.getUint32(5);
  const expected = HEADER_BYTES + bodyLength + CHECK_BYTES;
  if (bytes.length < expected) throw new FragmentError('truncated');
  if (bytes.length > expected) throw new FragmentError('tampered', 'it is longer than it says');
  const checked = bytes.subarray(0, HEADER_BYTES + bodyLength);
  const check = bytes.subarray(HEADER_BYTES + bodyLength);
  const actual = await checkOf(checked);
  if (actual.some((byte, at) => byte !== check[at])) throw new FragmentError('tampered');
  if (inflatedLength > maxInflated) throw new FragmentError('too-large');
  // The declared size is the cap: a fragment that inflates past what it declared is stopped there.
  const payload = await inflateCapped(
    bytes.slice(HEADER_BYTES, HEADER_BYTES + bodyLength),
    Math.min(inflatedLength, maxInflated),
    onProgress,
  );
  if (payload.length !== inflatedLength) {
    throw new FragmentError('tampered', 'it unpacks to another size than it says');
  }
  return payload;
}
