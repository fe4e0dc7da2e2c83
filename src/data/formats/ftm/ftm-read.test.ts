import { describe, expect, it } from 'vitest';
import { looksLikeFtm, readFtmRecords } from './ftm-read';

const person = { id: 'p1', schema: 'Person', properties: { name: ['Anna'] } };

describe('reading FtM files', () => {
  it('reads JSON lines, skipping blank lines', () => {
    const { records, malformed } = readFtmRecords(`${JSON.stringify(person)}\n\n`);
    expect(malformed).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]?.properties.get('name')).toEqual(['Anna']);
  });

  it('reads a JSON array', () => {
    const { records } = readFtmRecords(JSON.stringify([person, { ...person, id: 'p2' }]));
    expect(records.map((record) => record.id)).toEqual(['p1', 'p2']);
  });

  it('names a line that does not parse by its number and reads the rest', () => {
    const text = [
      JSON.stringify(person),
      '{"id": "p2", "sche',
      JSON.stringify({ ...person, id: 'p3' }),
    ].join('\n');
    const { records, malformed } = readFtmRecords(text);
    expect(records.map((record) => record.id)).toEqual(['p1', 'p3']);
    expect(malformed).toEqual([{ where: 'line 2', problem: expect.any(String) }]);
  });

  it('names objects without an id or schema', () => {
    const { malformed } = readFtmRecords('{"schema": "Person"}\n{"id": "x"}\n[1]');
    expect(malformed.map(({ where, problem }) => `${where}: ${problem}`)).toEqual([
      'line 1: no "id"',
      'line 2: no "schema" for "x"',
      'line 3: not a JSON object',
    ]);
  });

  it('reads nested entities (as Aleph nests them) as references and as records', () => {
    const nested = {
      id: 'o1',
      schema: 'Ownership',
      properties: { owner: [person], asset: ['c1'] },
    };
    const { records } = readFtmRecords(JSON.stringify(nested));
    expect(records.map((record) => record.id).sort()).toEqual(['o1', 'p1']);
    expect(records.find((record) => record.id === 'o1')?.properties.get('owner')).toEqual(['p1']);
  });

  it('keeps the datasets OpenSanctions names', () => {
    const { records } = readFtmRecords(JSON.stringify({ ...person, datasets: ['us_ofac_sdn'] }));
    expect(records[0]?.datasets).toEqual(['us_ofac_sdn']);
  });

  it('treats Object.prototype names as ordinary property names', () => {
    const text =
      '{"id": "p1", "schema": "Person", "properties": {"__proto__": ["x"], "constructor": ["y"]}}';
    const [record] = readFtmRecords(text).records;
    expect(record?.properties.get('__proto__')).toEqual(['x']);
    expect(record?.properties.get('constructor')).toEqual(['y']);
  });
});

describe('detecting FtM by content', () => {
  it.each([
    ['JSON lines', JSON.stringify(person)],
    ['a JSON array', `[\n ${JSON.stringify(person)}]`],
    ['with a byte-order mark', `\uFEFF${JSON.stringify(person)}`],
    ['with id before schema', '{"id": "x", "schema": "Company", "properties": {}}'],
  ])('knows %s', (_, head) => {
    expect(looksLikeFtm(head)).toBe(true);
  });

  it.each([
    ['a Liaison dataset', '{"$schema": "./schema.json", "schemaVersion": 1, "title": "x"}'],
    ['plain text', 'hello'],
    ['an empty file', ''],
  ])('does not take %s for FtM', (_, head) => {
    expect(looksLikeFtm(head)).toBe(false);
  });
});
