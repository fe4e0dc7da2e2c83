import { describe, expect, it } from 'vitest';
import { mergeFragments } from './ftm-merge';
import { ftmModel } from './ftm-model';
import type { FtmRecord } from './ftm-read';

const record = (
  schema: string,
  properties: Record<string, string[]>,
  datasets: string[] = [],
): FtmRecord => ({ id: 'p', schema, properties: new Map(Object.entries(properties)), datasets });

describe('merging FtM fragments', () => {
  it('keeps one entity per id, with every value once and every dataset once', () => {
    const { merged, tally } = mergeFragments(
      [
        record('Person', { name: ['Anna'], alias: ['A.'] }, ['one']),
        record('Person', { alias: ['A.', 'Анна'], birthDate: ['1971'] }, ['one', 'two']),
      ],
      ftmModel,
    );
    expect(merged).toHaveLength(1);
    expect(Object.fromEntries(merged[0]!.properties)).toEqual({
      name: ['Anna'],
      alias: ['A.', 'Анна'],
      birthDate: ['1971'],
    });
    expect(merged[0]!.datasets).toEqual(['one', 'two']);
    expect(tally.mergedFragments).toBe(1);
  });

  it('takes the narrower schema of the two, never a wider or an unrelated one', () => {
    const schemaOf = (...schemata: string[]) =>
      mergeFragments(
        schemata.map((schema) => record(schema, {})),
        ftmModel,
      ).merged[0]!.schemaName;
    expect(schemaOf('LegalEntity', 'Person')).toBe('Person');
    expect(schemaOf('Person', 'LegalEntity')).toBe('Person');
    expect(schemaOf('Person', 'Company')).toBe('Person');
    expect(schemaOf('Cat', 'Person')).toBe('Cat');
  });

  it('keeps apart records of different ids, in the order they come, and counts no fragment', () => {
    const { merged, tally } = mergeFragments(
      [
        { ...record('Person', {}), id: 'b' },
        { ...record('Company', {}), id: 'a' },
      ],
      ftmModel,
    );
    expect(merged.map(({ id, schema }) => [id, schema?.name])).toEqual([
      ['b', 'Person'],
      ['a', 'Company'],
    ]);
    expect(tally.mergedFragments).toBe(0);
  });

  it('leaves the records it reads unchanged', () => {
    const fragments = [record('Person', { name: ['Anna'] }), record('Person', { name: ['Anya'] })];
    mergeFragments(fragments, ftmModel);
    expect(fragments[0]!.properties.get('name')).toEqual(['Anna']);
  });
});
