import { describe, expect, it } from 'vitest';
import { firstDate, recordEvidence } from './ftm-properties';
import { mergedOf } from './ftm-test-files';

describe('what entities and links read alike', () => {
  it('takes the first value that reads as a date, and uses up a property only if it has one value', () => {
    const properties = new Map([
      ['date', ['soon']],
      ['startDate', ['2019-05', '2020']],
      ['endDate', ['2021']],
    ]);
    const used = new Set<string>();
    expect(firstDate(properties, ['date', 'startDate'], used)).toMatchObject({
      precision: 'month',
      year: 2019,
      month: 5,
    });
    expect(firstDate(properties, ['endDate'], used)).toMatchObject({ year: 2021 });
    expect([...used]).toEqual(['endDate']);
    expect(firstDate(properties, ['date'], used)).toBeUndefined();
  });

  it('names the record as evidence, with its own datasets before the fallback', () => {
    const [own, bare] = mergedOf([
      {
        id: 'a',
        schema: 'Person',
        datasets: ['one', 'two'],
        properties: { publisher: ['Registry'], publisherUrl: ['https://r.example'] },
      },
      { id: 'b', schema: 'Person', properties: { sourceUrl: ['https://s.example'] } },
    ]);
    expect(recordEvidence(own!, 'file')).toEqual({
      id: 'a',
      schema: 'Person',
      dataset: 'one, two',
      publisher: 'Registry',
      url: 'https://r.example',
    });
    expect(recordEvidence(bare!, 'file', 'holder')).toEqual({
      id: 'b',
      schema: 'Person',
      property: 'holder',
      dataset: 'file',
      url: 'https://s.example',
    });
  });
});
