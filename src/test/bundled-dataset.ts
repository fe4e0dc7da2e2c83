import raw from '../../public/data/liaison.json';
import { parseDataset, type LoadedDataset } from '../data/load-dataset';

/** The bundled dataset as the app fetches it: raw JSON, before validation. */
export const BUNDLED_JSON: unknown = raw;

let loaded: LoadedDataset | undefined;

/** The bundled dataset, validated and indexed once per test file. */
export function loadBundledDataset(): LoadedDataset {
  loaded ??= parseDataset(raw, 'public/data/liaison.json');
  return loaded;
}
