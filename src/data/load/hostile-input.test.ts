import { describe, expect, it } from 'vitest';
import { parseHostileFixture, readHostileFixture } from '../../test/hostile-fixtures';
import { groupProblems } from '../schema/group-problems';
import { problemsOf } from '../../test/dataset-problems';
import { parseDataset } from './load-dataset';
import { canonicalTerm } from '../search/normalise';

const PROTOTYPE_WORDS = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

describe('hostile but valid datasets', () => {
  it.each(['markup.json', 'prototype-names.json', 'bidi.json', 'long-names.json', 'empty.json'])(
    '%s parses',
    (name) => {
      expect(() => parseDataset(parseHostileFixture(name), name)).not.toThrow();
    },
  );

  it('keeps markup as text', () => {
    const dataset = parseDataset(parseHostileFixture('markup.json'), 'markup.json');
    expect(dataset.entityById.get('mallory')?.name).toBe('Mallory <script>alert("x")</script>');
  });

  it('takes Object.prototype names as ids and words, and pollutes nothing', () => {
    const dataset = parseDataset(parseHostileFixture('prototype-names.json'), 'prototype.json');
    expect(dataset.entityById.get('constructor')?.name).toBe('constructor');
    expect(dataset.relationshipById.get('isprototypeof')?.target).toBe('proto');
    expect(dataset.sourceById.get('constructor')?.title).toBe('constructor');
    expect(dataset.outgoing.get('constructor')?.map((item) => item.id)).toEqual([
      'isprototypeof',
      'valueof',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.hasOwn(dataset, '__proto__')).toBe(false);
  });

  it.each(PROTOTYPE_WORDS)('searches for %s like any other word', (word) => {
    const dataset = parseDataset(parseHostileFixture('prototype-names.json'), 'prototype.json');
    expect(canonicalTerm(word)).toBe(word.toLowerCase());
    for (const hit of dataset.search.search(word)) {
      expect(typeof hit.name).toBe('string');
      const known = hit.kind === 'entity' ? dataset.entityById : dataset.relationshipById;
      expect(known.has(hit.id)).toBe(true);
    }
  });

  it('finds entities named after Object.prototype members', () => {
    const dataset = parseDataset(parseHostileFixture('prototype-names.json'), 'prototype.json');
    expect(dataset.search.search('constructor')[0]?.id).toBe('constructor');
    expect(dataset.search.search('toString')[0]?.id).toBe('to-string');
    expect(dataset.search.search('__proto__').map((hit) => hit.id)).toContain('proto');
  });
});

describe('a broken dataset', () => {
  it('lists schema and integrity problems in one pass, each with its path', () => {
    const problems = problemsOf(parseHostileFixture('mixed-problems.json'));
    expect(problems.map((problem) => problem.path)).toEqual([
      'entities[1].type',
      'entities[5]',
      'entities[6]',
      'relationships[0].certainty',
      'entities[2].id',
      'entities[3].evidence[0].end',
      'entities[4].evidence[0].quote',
      'relationships[1].target',
      'relationships[2].evidence[0].source',
      'relationships[3].evidence[0].end',
    ]);
    // A reference to the entity that failed the schema is not called dangling as well.
    expect(problems.some((problem) => problem.found.includes('"paris"'))).toBe(false);
    expect(problems[1]).toEqual({
      path: 'entities[5]',
      expected: 'object',
      found: '"not an entity"',
    });
  });

  it('says what a truncated file is not', () => {
    expect(() => JSON.parse(readHostileFixture('truncated.json'))).toThrow(SyntaxError);
  });

  it.each([null, 0, 'text', [], {}, { schemaVersion: 1 }, { entities: 'x', sources: [null] }])(
    'names the problems of %j and throws nothing else',
    (input) => {
      expect(problemsOf(input).length).toBeGreaterThan(0);
    },
  );

  it('groups thousands of the same problem and shows the first of each kind', () => {
    const raw = parseHostileFixture('empty.json') as { entities: unknown[] };
    const many = {
      ...raw,
      entities: Array.from({ length: 1_300 }, (_, at) => ({
        type: 'person',
        id: `person-${at}`,
        name: `Person ${at}`,
        summary: 'Someone.',
        evidence: [{ source: 'nothing', start: 0, end: 7, quote: 'Nothing!' }],
      })),
      relationships: [{ id: 'x', type: 'met', source: 'person-1', target: 'nobody' }],
    };
    const problems = problemsOf(many);
    expect(problems).toHaveLength(1_302);
    const groups = groupProblems(problems);
    expect(groups.map((group) => [group.kind, group.shown.length, group.more])).toEqual([
      ['relationships[…].certainty', 1, 0],
      ['relationships[…].evidence', 1, 0],
      ['entities[…].evidence[…].quote', 50, 1_250],
    ]);
  });
});
