import { z } from 'zod';
import { datasetSchema } from './schema';

/**
 * The JSON Schema shipped at public/data/schema.json, for editors and other
 * tools. It describes the file as written (`io: 'input'`), so fields with
 * defaults are optional; shared parts become `$defs`.
 */
export function createDatasetJsonSchema() {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Liaison dataset',
  };
}
