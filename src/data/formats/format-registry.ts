import { FTM_FORMAT } from './ftm/ftm-format';
import { DatasetError } from '../schema/dataset-error';

/**
 * A file format Liaison can open. Opening a file detects its format by content, converts it to
 * Liaison's dataset, then validates that like the bundled dataset: a new format (FollowTheMoney
 * JSON lines, say) is one more entry in FORMATS, with nothing else to change.
 */
export interface DatasetFormat {
  id: string;
  /** How the format is named to people: "a Liaison dataset (JSON)". */
  label: string;
  /** Whether the text looks like this format; cheap, it sees only the start of the file. */
  detect(head: string): boolean;
  /**
   * The file's content as Liaison's dataset, still unvalidated; throws a DatasetError. A format
   * whose reader is loaded only when such a file is opened answers with a promise.
   */
  convert(text: string, location: string, onProgress?: (fraction: number) => void): unknown;
}

/** How much of a file detection looks at. */
const HEAD_LENGTH = 4096;

function firstCharacter(head: string): string {
  return head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
}

export const LIAISON_JSON: DatasetFormat = {
  id: 'liaison',
  label: 'a Liaison dataset (a JSON object)',
  detect: (head) => firstCharacter(head) === '{',
  convert(text, location) {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new DatasetError(location, [
        { path: '(the file)', expected: 'valid JSON', found: (error as Error).message },
      ]);
    }
  },
};

/** Every format, most specific first: the first whose `detect` answers yes reads the file. */
export const FORMATS: readonly DatasetFormat[] = [FTM_FORMAT, LIAISON_JSON];

export function detectFormat(
  text: string,
  formats: readonly DatasetFormat[] = FORMATS,
): DatasetFormat | null {
  const head = text.slice(0, HEAD_LENGTH);
  return formats.find((format) => format.detect(head)) ?? null;
}

/** Detects the format and converts; a file no format reads is a problem, said as such. */
export function convertToDataset(
  text: string,
  location: string,
  onProgress?: (fraction: number) => void,
): unknown {
  const format = detectFormat(text);
  if (format) return format.convert(text, location, onProgress);
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 24);
  throw new DatasetError(location, [
    {
      path: '(the file)',
      expected: FORMATS.map((known) => known.label).join(' or '),
      found: start ? `a file starting ${JSON.stringify(start)}` : 'an empty file',
    },
  ]);
}
