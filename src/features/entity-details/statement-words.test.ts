import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { statementLead } from './statement-words';

const span = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { source: 's', start, end: start + words.length, quote: words };
};

describe('statementLead', () => {
  it('presents reported speech as the article’s words', () => {
    const text = 'The minister said that ties are strong.';
    expect(statementLead(text, span(text, 'ties are strong'))).toBe(
      'The article reports, without quotation marks:',
    );
  });

  it('presents words in quotation marks as a quotation', () => {
    for (const text of ['He said “ties are strong”.', 'He said "ties are strong".']) {
      expect(statementLead(text, span(text, 'ties are strong'))).toBe('The article quotes:');
    }
  });

  it('finds no direct quotation among the bundled statements', () => {
    const dataset = loadBundledDataset();
    const text = dataset.sources[0]!.text;
    const leads = dataset.entities.flatMap((entity) =>
      entity.type === 'statement' ? [statementLead(text, entity.quote)] : [],
    );
    expect(leads).toHaveLength(3);
    expect(new Set(leads)).toEqual(new Set(['The article reports, without quotation marks:']));
  });
});
