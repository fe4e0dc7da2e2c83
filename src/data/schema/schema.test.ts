import { describe, expect, it } from 'vitest';
import valid from './fixtures/valid.json';
import { invalidFixture } from '../../test/invalid-fixtures';
import { problemsOf } from '../../test/dataset-problems';
import { DatasetError } from './dataset-error';
import { parseDataset } from '../load/load-dataset';
import type { DatasetProblem } from './problems';
import { datasetSchema, entitySchema } from './schema';
import { ENTITY_TYPES } from './type-lists';

const invalidBadDate = invalidFixture('bad-date');
const invalidBadId = invalidFixture('bad-id');
const invalidDanglingReference = invalidFixture('dangling-reference');
const invalidDuplicateId = invalidFixture('duplicate-id');
const invalidMissingField = invalidFixture('missing-field');
const invalidOffsetsOutOfRange = invalidFixture('offsets-out-of-range');
const invalidQuoteMismatch = invalidFixture('quote-mismatch');
const invalidTwoProblems = invalidFixture('two-problems');
const invalidUnknownType = invalidFixture('unknown-type');
const invalidWrongSchemaVersion = invalidFixture('wrong-schema-version');

describe('the valid fixture', () => {
  it('parses, with defaults filled in', () => {
    const loaded = parseDataset(valid, 'valid.json');
    expect(loaded.entities.map((entity) => entity.id)).toEqual([
      'alice-smith',
      'bob-jones',
      'acme-ministry',
      'paris',
    ]);
    expect(loaded.relationships).toHaveLength(2);
    expect(loaded.sources[0]?.language).toBe('en');
    expect(loaded.entityById.get('acme-ministry')?.aliases).toEqual([]);
    expect(loaded.relationshipById.get('alice-smith-heads-acme-ministry')?.notes).toEqual([]);
    expect(loaded.location).toBe('valid.json');
  });

  it('indexes relationships both ways', () => {
    const loaded = parseDataset(valid, 'valid.json');
    expect(loaded.outgoing.get('alice-smith')?.map((item) => item.id)).toEqual([
      'alice-smith-heads-acme-ministry',
      'alice-smith-met-bob-jones',
    ]);
    expect(loaded.incoming.get('bob-jones')?.map((item) => item.id)).toEqual([
      'alice-smith-met-bob-jones',
    ]);
  });
});

describe('one fixture per failure mode', () => {
  it.each<[string, unknown, DatasetProblem]>([
    [
      'a missing field',
      invalidMissingField,
      { path: 'entities[0].name', expected: 'string', found: 'nothing' },
    ],
    [
      'an unknown entity type',
      invalidUnknownType,
      {
        path: 'entities[1].type',
        expected: expect.stringMatching(/^a known type \(person, delegation, .*group\)$/),
        found: '"robot"',
      },
    ],
    [
      'an id that is not a slug',
      invalidBadId,
      {
        path: 'entities[2].id',
        expected: 'a slug of lower-case letters, digits and single hyphens',
        found: '"Acme Ministry"',
      },
    ],
    [
      'a quote that differs from the source',
      invalidQuoteMismatch,
      {
        path: 'entities[1].evidence[0].quote',
        expected: 'the source text at 59–68: "Bob Jones"',
        found: '"Bob Smith"',
      },
    ],
    [
      'a reference to no entity',
      invalidDanglingReference,
      {
        path: 'relationships[0].target',
        expected: 'the id of an entity',
        found: '"acme-corporation", which is no entity',
      },
    ],
    [
      'a duplicate id',
      invalidDuplicateId,
      { path: 'entities[3].id', expected: 'a unique id', found: '"bob-jones" again' },
    ],
    [
      'offsets past the end of the source',
      invalidOffsetsOutOfRange,
      {
        path: 'entities[3].evidence[0].end',
        expected: 'an offset after start (73) and at most 78',
        found: '120',
      },
    ],
    [
      'an impossible date',
      invalidBadDate,
      { path: 'relationships[1].date.month', expected: '≤ 12', found: '13' },
    ],
    [
      'a schema version this app does not read',
      invalidWrongSchemaVersion,
      { path: 'schemaVersion', expected: 'one of 1', found: '2' },
    ],
  ])('reports %s', (_, fixture, problem) => {
    expect(problemsOf(fixture)).toEqual([problem]);
  });

  it('reports several problems at once', () => {
    expect(problemsOf(invalidTwoProblems)).toEqual([
      expect.objectContaining({ path: 'entities[0].id', found: '"Alice"' }),
      expect.objectContaining({
        path: 'relationships[0].certainty',
        expected: 'one of "stated", "reported", "speculated", "classified", "unknown"',
        found: '"certain"',
      }),
    ]);
  });

  it('names the count in the error message', () => {
    const error = (() => {
      try {
        parseDataset(invalidTwoProblems, 'two.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toBe('The dataset at two.json has 2 problems.');
  });
});

describe('datasetSchema', () => {
  it('accepts the valid fixture on its own', () => {
    expect(datasetSchema.safeParse(valid).success).toBe(true);
  });

  it('names the discriminator of a date with an unknown precision', () => {
    const dated = structuredClone(valid);
    dated.relationships[1]!.date!.precision = 'week';
    expect(problemsOf(dated)).toEqual([
      {
        path: 'relationships[1].date.precision',
        expected: 'a known precision (year, month, day, relative)',
        found: '"week"',
      },
    ]);
  });

  it('names the whole file when the input is not an object', () => {
    expect(problemsOf('hello')).toEqual([
      { path: '(the whole file)', expected: 'object', found: '"hello"' },
    ]);
  });
});

describe('the type lists the page uses without zod', () => {
  it('name exactly the entity types the schema accepts, in its order', () => {
    expect(entitySchema.options.map((option) => option.shape.type.value)).toEqual(ENTITY_TYPES);
  });
});
