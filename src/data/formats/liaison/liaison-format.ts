import { parseJson, stripBom } from '../../load/json-text';
import type { DatasetFormat } from '../dataset-format';

/** Liaison's own format: the dataset as one JSON object (schema/schema.ts). */
export const LIAISON_JSON: DatasetFormat = {
  id: 'liaison',
  label: 'a Liaison dataset (a JSON object)',
  detect: (head) => stripBom(head).trimStart().startsWith('{'),
  convert: (text, location) => parseJson(text, location),
};
