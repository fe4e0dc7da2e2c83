import { DatasetError } from '../schema/dataset-error';

/**
 * The one way a dataset file's bytes become text and its text JSON. UTF-8 only, strictly: bytes
 * that are not UTF-8 are a problem named as such, never replaced by "�" and read on. A byte
 * order mark is dropped wherever text starts, whichever way the text arrived.
 */
const BYTE_ORDER_MARK = /^\uFEFF/;

export function stripBom(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '');
}

/** The file's text; the decoder drops a leading byte order mark. */
export function decodeUtf8(bytes: Uint8Array, location: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetError(location, [
      { path: '(the file)', expected: 'UTF-8 text', found: 'bytes that are not UTF-8' },
    ]);
  }
}

export type JsonOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON text as a value, or what the parser said; for readers that name bad parts themselves. */
export function tryParseJson(text: string): JsonOutcome {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** A dataset file's text as JSON, with the problem named when it is not. */
export function parseJson(text: string, location: string): unknown {
  const outcome = tryParseJson(text);
  if (outcome.ok) return outcome.value;
  throw new DatasetError(location, [
    {
      path: '(the file)',
      expected: 'valid JSON',
      found: stripBom(text).trim() ? outcome.message : 'an empty file',
    },
  ]);
}
