import { describe, expect, it } from 'vitest';
import { createIdAllocator } from './ftm-ids';
import { readQuotes } from './ftm-quotes';
import { mergedOf } from './ftm-test-files';

const text = 'Anna met Pavel. Anna met Pavel again.';
const report = {
  id: 'report',
  schema: 'Document',
  properties: { title: ['The report'], publisher: ['Daily'], bodyText: [text] },
};
const anna = { id: 'anna', schema: 'Person', properties: { name: ['Anna'] } };
const quote = (id: string, description: string, extra: Record<string, string[]> = {}) => ({
  id,
  schema: 'Note',
  properties: { proof: ['report'], description: [description], ...extra },
});

describe('reading the quotes Liaison exported', () => {
  it('makes the quoted document a source, and the quote evidence of its fact', () => {
    const records = mergedOf([anna, report, quote('anna:quote:16-30', 'Anna met Pavel')]);
    const { sources, quotesByFact, consumed } = readQuotes(records, createIdAllocator());
    expect(sources).toEqual([
      {
        id: 'report',
        title: 'The report',
        publisher: 'Daily',
        language: 'en',
        notes: [],
        text,
      },
    ]);
    expect(quotesByFact.get('anna')).toEqual([
      { source: 'report', start: 16, end: 30, quote: 'Anna met Pavel' },
    ]);
    expect([...consumed].map(({ id }) => id).sort()).toEqual(['anna:quote:16-30', 'report']);
  });

  it('finds the quote in the text when its offsets no longer hold it', () => {
    const records = mergedOf([anna, report, quote('anna:quote:3-9', 'Pavel again')]);
    expect(readQuotes(records, createIdAllocator()).quotesByFact.get('anna')).toEqual([
      { source: 'report', start: 25, end: 36, quote: 'Pavel again' },
    ]);
  });

  it('takes the fact from the entity property of a note not named after it', () => {
    const records = mergedOf([anna, report, quote('n1', 'met Pavel', { entity: ['anna'] })]);
    expect(readQuotes(records, createIdAllocator()).quotesByFact.get('anna')).toEqual([
      { source: 'report', start: 5, end: 14, quote: 'met Pavel' },
    ]);
  });

  it('keeps a quote its text lacks out of the evidence, but its note out of the entities', () => {
    const records = mergedOf([anna, report, quote('anna:quote:0-4', 'Boris')]);
    const { sources, quotesByFact, consumed } = readQuotes(records, createIdAllocator());
    expect(quotesByFact.size).toBe(0);
    expect(sources).toHaveLength(1);
    expect(consumed.size).toBe(2);
  });

  it('leaves notes that are not quotes of a fact in the file as they are', () => {
    const records = mergedOf([
      anna,
      report,
      quote('missing:quote:0-4', 'Anna'),
      { id: 'n2', schema: 'Note', properties: { description: ['Anna'], entity: ['anna'] } },
      { ...quote('n3', 'Anna', { entity: ['anna'] }), properties: { proof: ['anna'] } },
    ]);
    const { sources, consumed } = readQuotes(records, createIdAllocator());
    expect(sources).toEqual([]);
    expect(consumed.size).toBe(0);
  });

  it('takes source ids from the allocator it is given, so they stay unique in the dataset', () => {
    const allocate = createIdAllocator();
    allocate('report');
    const records = mergedOf([anna, report, quote('anna:quote:16-30', 'Anna met Pavel')]);
    expect(readQuotes(records, allocate).sources[0]?.id).toBe('report-2');
  });
});
