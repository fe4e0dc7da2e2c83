import { stripBom } from '../load/json-text';
import { DatasetError } from '../schema/dataset-error';
import type { DatasetFormat } from './dataset-format';
import { FTM_FORMAT } from './ftm/ftm-format';
import { LIAISON_JSON } from './liaison/liaison-format';

export type { DatasetFormat } from './dataset-format';

/** How much of a file detection looks at. */
const HEAD_LENGTH = 4096;

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
  const start = stripBom(text).trimStart().slice(0, 24);
  throw new DatasetError(location, [
    {
      path: '(the file)',
      expected: FORMATS.map((known) => known.label).join(' or '),
      found: start ? `a file starting ${JSON.stringify(start)}` : 'an empty file',
    },
  ]);
}
