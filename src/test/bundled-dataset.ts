import raw from '../../public/data/liaison.json';
import { parseDataset, type LoadedDataset } from '../data/load/load-dataset';

/** The bundled dataset as the app fetches it: raw JSON, before validation. */
export const BUNDLED_JSON: unknown = raw;

/** The bundled dataset, validated and indexed (a few milliseconds: no cache needed). */
export function loadBundledDataset(): LoadedDataset {
  return parseDataset(raw, 'public/data/liaison.json');
}
