import { describe, expect, it } from 'vitest';
import valid from './fixtures/valid.json';
import { checkIntegrity } from './integrity';
import { datasetSchema, type Dataset, type Entity, type EntityOf, type Evidence } from './schema';

const TEXT = valid.sources[0]!.text;

function evidence(start: number, end: number, quote = TEXT.slice(start, end)): Evidence {
  return { source: 'tiny-report', start, end, quote };
}

/** Evidence for the first occurrence of a phrase of the fixture's text. */
const cite = (phrase: string) =>
  evidence(TEXT.indexOf(phrase), TEXT.indexOf(phrase) + phrase.length);

/** Appends an entity; the fixture has four, so the first one added is entities[4]. */
const add = (dataset: Dataset, entity: Entity) => void dataset.entities.push(entity);
type Person = EntityOf<'person'>;

const event = (extra: Partial<EntityOf<'event'>>): Entity => ({
  type: 'event',
  id: 'the-meeting',
  name: 'The meeting',
  aliases: [],
  summary: 'A meeting.',
  evidence: [cite('met')],
  notes: [],
  kind: 'meeting',
  certainty: 'stated',
  purposes: [],
  ...extra,
});

type Mutation = (dataset: Dataset) => void;

const CASES: [what: string, mutate: Mutation, path: string, found: RegExp][] = [
  [
    'a duplicate entity id',
    (d) => void (d.entities[3]!.id = 'bob-jones'),
    'entities[3].id',
    /"bob-jones" again/,
  ],
  [
    'a duplicate source id',
    (d) => void d.sources.push({ ...d.sources[0]! }),
    'sources[1].id',
    /again/,
  ],
  [
    'a duplicate relationship id',
    (d) => void (d.relationships[1]!.id = d.relationships[0]!.id),
    'relationships[1].id',
    /again/,
  ],
  [
    'a relationship from no entity',
    (d) => void (d.relationships[0]!.source = 'carol'),
    'relationships[0].source',
    /"carol", which is no entity/,
  ],
  [
    'a relationship to no entity',
    (d) => void (d.relationships[1]!.target = 'dave'),
    'relationships[1].target',
    /"dave"/,
  ],
  [
    'a position in no organization',
    (d) => void ((d.entities[0] as Person).positions[0]!.organization = 'acme'),
    'entities[0].positions[0].organization',
    /"acme"/,
  ],
  [
    'a person of no country',
    (d) => void ((d.entities[1] as Person).country = 'atlantis'),
    'entities[1].country',
    /"atlantis"/,
  ],
  [
    'a date anchored on no event',
    (d) =>
      add(
        d,
        event({
          date: {
            precision: 'relative',
            anchor: 'ghost',
            unit: 'day',
            offset: 1,
            text: 'a day later',
            evidence: [],
          },
        }),
      ),
    'entities[4].date.anchor',
    /"ghost"/,
  ],
  [
    'evidence from no source',
    (d) => void (d.entities[2]!.evidence[0]!.source = 'other-report'),
    'entities[2].evidence[0].source',
    /"other-report"/,
  ],
  [
    'evidence past the end of the text',
    (d) => void (d.entities[3]!.evidence[0] = evidence(70, TEXT.length + 5, 'Paris.')),
    'entities[3].evidence[0].end',
    new RegExp(`^${TEXT.length + 5}$`),
  ],
  [
    'evidence that ends before it starts',
    (d) => void (d.relationships[0]!.evidence[0] = { ...evidence(10, 20), end: 5 }),
    'relationships[0].evidence[0].end',
    /^5$/,
  ],
  [
    'a quote that differs from the text',
    (d) => void (d.entities[1]!.evidence[0]!.quote = 'Bob Smith'),
    'entities[1].evidence[0].quote',
    /"Bob Smith"/,
  ],
  [
    'a wrong quote in a relationship date',
    (d) => void (d.relationships[1]!.date!.evidence[0]!.quote = '4 May 2021'),
    'relationships[1].date.evidence[0].quote',
    /"4 May 2021"/,
  ],
  [
    'a wrong quote in a position',
    (d) => void ((d.entities[0] as Person).positions[0]!.evidence[0]!.quote = 'boss'),
    'entities[0].positions[0].evidence[0].quote',
    /"boss"/,
  ],
  [
    'a wrong quote in a purpose',
    (d) =>
      add(
        d,
        event({
          purposes: [
            {
              text: 'To talk',
              certainty: 'speculated',
              evidence: [{ ...cite('met'), quote: 'mat' }],
            },
          ],
        }),
      ),
    'entities[4].purposes[0].evidence[0].quote',
    /"mat"/,
  ],
  [
    'a relationship date anchored to no entity',
    (d) =>
      void (d.relationships[0]!.date = {
        precision: 'relative',
        anchor: 'nobody-here',
        unit: 'day',
        offset: -1,
        text: 'the day before',
        evidence: [],
      }),
    'relationships[0].date.anchor',
    /"nobody-here", which is no entity/,
  ],
  [
    'a relationship id that is also an entity id',
    (d) =>
      void d.relationships.push({
        ...datasetSchema.parse(valid).relationships[0]!,
        id: 'alice-smith',
      }),
    'relationships[2].id',
    /"alice-smith", also an entity's id/,
  ],
  [
    'a country reference that names a place',
    (d) => void ((d.entities[2] as EntityOf<'organization'>).country = 'paris'),
    'entities[2].country',
    /"paris", a place/,
  ],
];

function mutated(...mutations: Mutation[]): Dataset {
  const dataset = datasetSchema.parse(valid);
  for (const mutate of mutations) mutate(dataset);
  return dataset;
}

describe('checkIntegrity', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(checkIntegrity(mutated())).toEqual([]);
  });

  it.each(CASES)('reports %s', (_, mutate, path, found) => {
    const problems = checkIntegrity(mutated(mutate));
    expect(problems).toEqual([
      { path, expected: expect.any(String), found: expect.stringMatching(found) },
    ]);
  });

  it('reports the source text it expected for a wrong quote', () => {
    const [problem] = checkIntegrity(
      mutated((d) => void (d.entities[1]!.evidence[0]!.quote = 'Bob')),
    );
    expect(problem?.expected).toBe(`the source text at 59–68: "Bob Jones"`);
  });

  it('reports a wrong statement quote', () => {
    const statement: Entity = {
      type: 'statement',
      id: 'the-words',
      name: 'The words',
      aliases: [],
      summary: 'What was said.',
      evidence: [cite('met')],
      notes: [],
      certainty: 'stated',
      quote: evidence(0, 2, 'In'),
    };
    const problems = checkIntegrity(mutated((d) => add(d, statement)));
    expect(problems.map((problem) => problem.path)).toEqual(['entities[4].quote.quote']);
  });

  it('reports every problem at once, in one pass', () => {
    // The two `add` cases both append at entities[4]; keep one of them.
    const together = CASES.filter(([what]) => what !== 'a wrong quote in a purpose');
    const problems = checkIntegrity(mutated(...together.map(([, mutate]) => mutate)));
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      together.map(([, , path]) => path).sort(),
    );
  });
});
