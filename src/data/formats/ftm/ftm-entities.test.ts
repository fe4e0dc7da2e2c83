import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../schema/schema';
import { entityTypeOf, readEntities } from './ftm-entities';
import { createIdAllocator } from './ftm-ids';
import type { Merged } from './ftm-merge';
import { findSchema, ftmModel } from './ftm-model';
import { mergedOf } from './ftm-test-files';

const read = (
  entities: readonly object[],
  consumed: (records: Merged[]) => Merged[] = () => [],
  quotesByFact: ReadonlyMap<string, Evidence[]> = new Map(),
) => {
  const records = mergedOf(entities);
  return readEntities(records, new Set(consumed(records)), {
    model: ftmModel,
    allocate: createIdAllocator(),
    quotesByFact,
    dataset: 'fallback',
  });
};
const entityOf = (entity: object) => read([entity]).placed[0]!.entity;

describe('FtM things as entities', () => {
  it('types each schema by the model’s hierarchy', () => {
    const typeOf = (name: string) => entityTypeOf(findSchema(ftmModel, name));
    expect(
      ['Person', 'Company', 'LegalEntity', 'Address', 'Trip', 'Pages', 'Vessel', 'Cat'].map(typeOf),
    ).toEqual([
      'person',
      'organization',
      'organization',
      'place',
      'event',
      'document',
      'other',
      'other',
    ]);
  });

  it('names an entity by its caption property, and keeps every other name once as an alias', () => {
    const entity = entityOf({
      id: 'p',
      schema: 'Person',
      properties: { alias: ['A. Ivanova', ' Anna '], name: ['Anna'], weakAlias: ['Anya'] },
    });
    expect([entity.name, entity.aliases]).toEqual(['Anna', ['A. Ivanova', 'Anya']]);
    expect(entity.properties).toBeUndefined();
  });

  it('names a thing with no name by its schema and id', () => {
    expect(entityOf({ id: 'v1', schema: 'Vessel', properties: {} }).name).toBe('Vessel v1');
  });

  it('keeps a short summary, and otherwise sums up by schema and countries', () => {
    const company = (summary: string) =>
      entityOf({
        id: 'c',
        schema: 'Company',
        properties: { summary: [summary], jurisdiction: ['cy'], country: ['CY', 'ru'] },
      });
    expect(company('A shipping firm').summary).toBe('A shipping firm');
    const long = company('x'.repeat(501));
    expect(long.summary).toBe('Company, Cyprus, Russia');
    expect(long.notes).toEqual([{ text: 'x'.repeat(501), origin: 'source' }]);
  });

  it('lists what Liaison has no field for, naming referenced entities, hidden values counted', () => {
    const { placed, tally } = read([
      {
        id: 'c',
        schema: 'Company',
        properties: { name: ['Northwind'], ownershipOwner: ['p'], indexText: ['x y'], fur: ['no'] },
      },
      { id: 'p', schema: 'Person', properties: { name: ['Anna'] } },
    ]);
    expect(placed[0]!.entity.properties).toEqual([
      { name: 'ownershipOwner', label: 'Assets and shares', values: ['Anna'] },
      { name: 'fur', label: 'fur', values: ['no'] },
    ]);
    expect(tally.hiddenValues).toBe(1);
    expect(Object.fromEntries(tally.unknownProperties)).toEqual({ 'Company.fur': 1 });
  });

  it('leaves out edges and the records the quotes took, and counts unknown schemata', () => {
    const { placed, entityIds, names, tally } = read(
      [
        { id: 'a', schema: 'Person', properties: { name: ['Anna'] } },
        { id: 'o', schema: 'Ownership', properties: { owner: ['a'] } },
        { id: 'n', schema: 'Note', properties: {} },
        { id: 'cat', schema: 'Cat', properties: { name: ['Murka'] } },
      ],
      (records) => records.filter(({ id }) => id === 'n'),
    );
    expect(placed.map(({ record, entity }) => [record.id, entity.type])).toEqual([
      ['a', 'person'],
      ['cat', 'other'],
    ]);
    expect([...entityIds]).toEqual([
      ['a', 'a'],
      ['cat', 'cat'],
    ]);
    expect(names.get('cat')).toBe('Murka');
    expect(Object.fromEntries(tally.unknownSchemata)).toEqual({ Cat: 1 });
  });

  it('dates events and documents, and names the record and its quotes as evidence', () => {
    const quote = { source: 's', start: 0, end: 4, quote: 'Anna' };
    const { placed } = read(
      [
        { id: 'e', schema: 'Event', properties: { name: ['Meeting'], date: ['2021-06-15'] } },
        { id: 'd', schema: 'Document', properties: { fileName: ['a.pdf'], date: ['2020'] } },
      ],
      () => [],
      new Map([['e', [quote]]]),
    );
    expect(placed[0]!.entity).toMatchObject({
      type: 'event',
      kind: 'other',
      certainty: 'stated',
      date: { precision: 'day', year: 2021, month: 6, day: 15 },
      evidence: [quote],
      records: [{ id: 'e', schema: 'Event', dataset: 'fallback' }],
    });
    expect(placed[1]!.entity).toMatchObject({ type: 'document', kind: 'File', name: 'a.pdf' });
    expect(placed[1]!.entity.properties).toBeUndefined();
  });
});
