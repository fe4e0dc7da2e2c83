import { describe, expect, it } from 'vitest';
import { createDatasetJsonSchema } from './json-schema';

/** The shipped JSON Schema, derived from the zod schema; `npm run schema` regenerates it. */
const schema = createDatasetJsonSchema();

type JsonSchema = {
  $ref?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  pattern?: string;
  const?: unknown;
};

const root = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
/** Follows a local `#/$defs/Name` reference. */
const resolve = (node: JsonSchema | undefined): JsonSchema | undefined =>
  node?.$ref ? root.$defs?.[node.$ref.replace('#/$defs/', '')] : node;
const entityOptions = (resolve(root.properties?.['entities']?.items)?.oneOf ?? []).map((option) =>
  resolve(option)!,
);
const person = entityOptions.find((option) => option.properties?.['type']?.const === 'person');

describe('public/data/schema.json', () => {
  it('matches the schema generated from datasetSchema', async () => {
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
      '../../../public/data/schema.json',
    );
  });

  it('targets draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('describes the input, so defaulted fields are optional', () => {
    expect(root.required).toEqual([
      'schemaVersion',
      'title',
      'sources',
      'entities',
      'relationships',
    ]);
    expect(root.properties?.['schemaVersion']?.const).toBe(1);
    expect(person?.required).toEqual(
      expect.arrayContaining(['type', 'id', 'name', 'summary', 'evidence']),
    );
    expect(person?.required).not.toContain('aliases');
    expect(person?.required).not.toContain('positions');
  });

  it('has one option per entity type (a discriminated oneOf) and keeps the id pattern', () => {
    expect(entityOptions).toHaveLength(11);
    expect(resolve(person?.properties?.['id'])?.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});
