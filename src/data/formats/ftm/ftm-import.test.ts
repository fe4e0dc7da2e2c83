import { describe, expect, it } from 'vitest';
import { readText } from '../../../test/node-files';
import type { Entity, Relationship } from '../../schema/schema';
import { convertFtm } from './ftm-convert';
import { importText, readFixture } from './ftm-test-files';

const network = importText(readFixture('network.ftm.jsonl')).dataset;
const entity = (id: string): Entity => network.entityById.get(id)!;
const link = (id: string): Relationship => network.relationships.find((item) => item.id === id)!;

describe('importing FtM: things become entities', () => {
  it('keeps every thing and every link of the file, with no problem', () => {
    const lines = readFixture('network.ftm.jsonl')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { schema: string });
    const edges = lines.filter(({ schema }) =>
      [
        'Family',
        'Associate',
        'Ownership',
        'Directorship',
        'Membership',
        'Employment',
        'Representation',
        'Payment',
        'Debt',
        'UnknownLink',
      ].includes(schema),
    );
    expect(network.entities).toHaveLength(lines.length - edges.length);
    expect(network.notes ?? []).toEqual([]);
  });

  it('types each thing by its schema, and keeps the schema name for the rest', () => {
    const types = (ids: string[]) =>
      ids.map((id) => {
        const item = entity(id);
        return [item.type, 'kind' in item ? item.kind : undefined];
      });
    expect(types(['demo-person-anna-ivanova'])).toEqual([['person', undefined]]);
    expect(
      types(['demo-company-eastport', 'demo-org-blue-harbour', 'demo-public-body-ports']),
    ).toEqual([
      ['organization', 'Company'],
      ['organization', undefined],
      ['organization', 'Public body'],
    ]);
    expect(
      types(['demo-address-limassol', 'demo-event-board-meeting', 'demo-document-register']),
    ).toEqual([
      ['place', 'address'],
      ['event', 'other'],
      ['document', 'File'],
    ]);
    expect(types(['demo-vessel-aurora', 'demo-passport-1', 'demo-sanction-1'])).toEqual([
      ['other', 'Vessel'],
      ['other', 'Passport'],
      ['other', 'Sanction'],
    ]);
  });

  it('makes every name variant, in any script, an alias', () => {
    const anna = entity('demo-person-anna-ivanova');
    expect(anna.name).toBe('Anna Ivanova');
    expect(anna.aliases).toEqual(['Анна Иванова', 'Anna Ivanovna Ivanova', 'A. Ivanova']);
    expect(entity('demo-person-wang-jianguo').aliases).toEqual(['王建国', 'Wong Kin-kwok']);
  });

  it('finds people and companies by a name in Cyrillic or Chinese', () => {
    expect(network.search.search('Анна Иванова')[0]?.id).toBe('demo-person-anna-ivanova');
    expect(network.search.search('王建国')[0]?.id).toBe('demo-person-wang-jianguo');
    expect(network.search.search('玉河贸易有限公司')[0]?.id).toBe('demo-company-jade-river');
  });

  it('names the record as evidence: id, schema, publisher, source URL, dataset', () => {
    expect(entity('demo-person-anna-ivanova').records).toEqual([
      {
        id: 'demo-person-anna-ivanova',
        schema: 'Person',
        dataset: 'test',
        publisher: 'Demo Registry',
        url: 'https://example.org/registry/anna-ivanova',
      },
    ]);
    expect(entity('demo-person-anna-ivanova').evidence).toEqual([]);
  });

  it('keeps properties Liaison has no field for, with their labels', () => {
    const properties = entity('demo-person-anna-ivanova').properties ?? [];
    expect(properties).toEqual(
      expect.arrayContaining([
        { name: 'nationality', label: 'Nationality', values: ['ru'] },
        { name: 'birthDate', label: 'Birth date', values: ['1971'] },
        { name: 'position', label: 'Position', values: ['Shareholder'] },
      ]),
    );
    expect(properties.map((property) => property.name)).not.toContain('name');
    expect(entity('demo-person-anna-ivanova').summary).toBe('Person, Russia');
  });

  it('keeps dates of events and documents with their precision', () => {
    expect(entity('demo-event-board-meeting')).toMatchObject({
      date: { precision: 'day', year: 2021, month: 6, day: 15 },
    });
    expect(entity('demo-document-register')).toMatchObject({
      name: 'shareholder-register-2020.pdf',
      date: { precision: 'year', year: 2020, text: '2020' },
    });
  });
});

describe('importing FtM: intervals become relationships', () => {
  it('reads source and target from the schema, with the percentage and a year', () => {
    expect(link('demo-ownership-1')).toMatchObject({
      type: 'owns',
      source: 'demo-person-anna-ivanova',
      target: 'demo-company-northwind',
      certainty: 'stated',
      date: { precision: 'year', year: 2014, text: '2014' },
      properties: [{ name: 'percentage', label: 'Percentage held', values: ['60'] }],
      records: [{ id: 'demo-ownership-1', schema: 'Ownership' }],
    });
  });

  it('keeps a role, a month and an end date', () => {
    expect(link('demo-directorship-1')).toMatchObject({
      type: 'directs',
      source: 'demo-person-pavel-ivanov',
      target: 'demo-company-eastport',
      role: 'General director',
      date: { precision: 'month', year: 2019, month: 5, text: '2019-05' },
      endDate: { precision: 'year', year: 2021 },
    });
  });

  it.each([
    ['demo-family-1', 'family-of', 'brother'],
    ['demo-associate-1', 'associate-of', 'business partner'],
    ['demo-membership-1', 'member-of', 'Trustee'],
    ['demo-employment-1', 'employed-by', 'Lawyer'],
    ['demo-representation-1', 'represents', 'Legal counsel'],
    ['demo-unknown-link-1', 'related-to', 'adviser'],
  ])('%s is %s, role %s', (id, type, role) => {
    expect(link(id)).toMatchObject({ type, role });
  });

  it("keeps a payment's amount, currency and purpose, and its day", () => {
    expect(link('demo-payment-1')).toMatchObject({
      type: 'paid',
      date: { precision: 'day', text: '2020-11-30' },
      properties: [
        { name: 'amount', values: ['250000'] },
        { name: 'currency', values: ['USD'] },
        { name: 'purpose', values: ['Freight'] },
      ],
    });
    expect(link('demo-debt-1')).toMatchObject({ type: 'owes', source: 'demo-company-eastport' });
  });

  it('makes entity-typed properties relationships that name the property', () => {
    const from = (id: string) =>
      network.relationships
        .filter((item) => item.source === id)
        .map((item) => [item.label, item.target, item.records?.[0]?.property]);
    expect(from('demo-passport-1')).toEqual([
      ['identification holder', 'demo-person-anna-ivanova', 'holder'],
    ]);
    expect(from('demo-sanction-1')).toEqual([['entity', 'demo-company-eastport', 'entity']]);
    expect(from('demo-vessel-aurora')).toEqual([['owner', 'demo-company-eastport', 'owner']]);
    expect(from('demo-company-northwind')).toEqual(
      expect.arrayContaining([['address', 'demo-address-limassol', 'addressEntity']]),
    );
    expect(from('demo-event-board-meeting')).toHaveLength(3);
  });
});

describe('importing FtM: what cannot be used is reported, not refused', () => {
  it('counts dangling references by property and skips them', () => {
    const { dataset, report } = importText(readFixture('dangling.ftm.jsonl'));
    expect(Object.fromEntries(report.dangling)).toEqual({
      'Ownership.asset': 1,
      'Passport.holder': 1,
      'Family.relative': 1,
    });
    expect(dataset.relationships).toEqual([]);
    expect(dataset.entities.map((item) => item.id)).toEqual([
      'demo-person-anna-ivanova',
      'demo-passport-missing-holder',
    ]);
    expect(dataset.notes?.[0]?.text).toBe(
      'Skipped 3 references to entities the file does not contain: Ownership.asset (1), Family.relative (1), Passport.holder (1).',
    );
  });

  it('keeps an unknown schema as "other" with every property listed', () => {
    const { dataset, report } = importText(readFixture('unknown-schema.ftm.jsonl'));
    expect(dataset.entityById.get('demo-cat-1')).toMatchObject({
      type: 'other',
      kind: 'Cat',
      name: 'Murka',
      properties: [{ name: 'colour', label: 'colour', values: ['grey'] }],
    });
    expect(Object.fromEntries(report.unknownSchemata)).toEqual({ Cat: 1 });
  });

  it('names a malformed line by its number and imports the rest', () => {
    const { dataset, report } = importText(readFixture('malformed.ftm.jsonl'));
    expect(report.malformed.map((item) => item.where)).toEqual(['line 3']);
    expect(dataset.entities).toHaveLength(2);
    expect(dataset.relationships).toHaveLength(1);
    expect(dataset.notes?.[0]?.text).toMatch(/^Skipped 1 record that could not be read: line 3: /);
  });

  it('reads a JSON array as well as JSON lines', () => {
    const { dataset } = importText(readFixture('things.ftm.json'));
    expect(dataset.entityById.get('demo-vessel-aurora')?.type).toBe('other');
  });

  it('merges fragments that share an id', () => {
    const text = [
      '{"id": "p", "schema": "LegalEntity", "properties": {"name": ["Anna"]}}',
      '{"id": "p", "schema": "Person", "properties": {"alias": ["Анна"]}}',
    ].join('\n');
    const { dataset, report } = importText(text);
    expect(dataset.entities).toMatchObject([
      { id: 'p', type: 'person', name: 'Anna', aliases: ['Анна'] },
    ]);
    expect(report.mergedFragments).toBe(1);
  });

  it('takes schema and property names like "constructor" as unknown words', () => {
    const text = [
      '{"id": "constructor", "schema": "constructor", "properties": {"__proto__": ["x"], "toString": ["y"]}}',
      '{"id": "__proto__", "schema": "Person", "properties": {"name": ["Proto"], "constructor": ["z"]}}',
    ].join('\n');
    const { dataset, report } = importText(text);
    expect(dataset.entities.map((item) => [item.id, item.type])).toEqual([
      ['constructor', 'other'],
      ['proto', 'person'],
    ]);
    expect(Object.fromEntries(report.unknownSchemata)).toEqual({ constructor: 1 });
  });

  it('refuses a file with no entity at all, naming each line', () => {
    expect(() => convertFtm('{"id": 1}\n', 'broken.jsonl')).toThrow(/1 problem/);
  });

  it('gives FtM ids readable, unique slugs', () => {
    const text = [
      '{"id": "NK-Abc.123", "schema": "Person", "properties": {"name": ["A"]}}',
      '{"id": "nk-abc-123", "schema": "Person", "properties": {"name": ["B"]}}',
      '{"id": "王", "schema": "Person", "properties": {"name": ["C"]}}',
    ].join('\n');
    const ids = importText(text).dataset.entities.map((item) => item.id);
    expect(ids.slice(0, 2)).toEqual(['nk-abc-123', 'nk-abc-123-2']);
    expect(ids[2]).toMatch(/^id-[a-z0-9]+$/);
  });
});

describe('a file Liaison did not write', () => {
  it('imports the shape OpenSanctions publishes: datasets, caption, first_seen', () => {
    const text = readText(
      new URL('../../../../e2e/fixtures/ftm/network.ftm.jsonl', import.meta.url),
    )
      .trim()
      .split('\n')
      .map((line) => {
        const item = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify({
          ...item,
          caption: 'x',
          datasets: ['demo_sanctions'],
          first_seen: '2024-01-01T00:00:00',
          referents: [],
        });
      })
      .join('\n');
    const { dataset } = importText(text);
    expect(dataset.entityById.get('demo-person-anna-ivanova')?.records?.[0]?.dataset).toBe(
      'demo_sanctions',
    );
  });
});
