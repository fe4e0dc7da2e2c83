import { FragmentError } from './fragment-codec';

/**
 * A dataset file as it travels in a link or a shared-view file: its name (which tells its
 * format) and its bytes exactly, so the dataset gets the same id wherever it is opened.
 */
export interface SharedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const MAX_NAME_BYTES = 1024;

/** name length (uint16) · name (UTF-8) · the file's bytes. */
export function toSharedPayload({ name, bytes }: SharedFile): Uint8Array<ArrayBuffer> {
  const nameBytes = new TextEncoder().encode(name).subarray(0, MAX_NAME_BYTES);
  const payload = new Uint8Array(2 + nameBytes.length + bytes.length);
  new DataView(payload.buffer).setUint16(0, nameBytes.length);
  payload.set(nameBytes, 2);
  payload.set(bytes, 2 + nameBytes.length);
  return payload;
}

export function fromSharedPayload(payload: Uint8Array<ArrayBuffer>): SharedFile {
  if (payload.length < 2) throw new FragmentError('tampered', 'it holds no file');
  const nameLength = new DataView(payload.buffer, payload.byteOffset).getUint16(0);
  if (nameLength > MAX_NAME_BYTES || payload.length < 2 + nameLength) {
    throw new FragmentError('tampered', 'it holds no file');
  }
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(2, 2 + nameLength));
  } catch {
    throw new FragmentError('tampered', 'the file name is not text');
  }
  return { name: name || 'shared.json', bytes: payload.slice(2 + nameLength) };
}

/** The file's text with a byte-order mark kept, so its bytes come back exactly. */
export function sharedFileText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
