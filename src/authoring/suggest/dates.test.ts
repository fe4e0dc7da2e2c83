import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/liaison.json';
import { dateSchema } from '../../data/schema/schema';
import { suggestDate } from './dates';

const pick = (sentence: string, published?: Parameters<typeof suggestDate>[1]) =>
  suggestDate(sentence, published).map(({ date, resolved, yearFrom }) => ({
    date,
    resolved,
    yearFrom,
  }));

describe('suggestDate without a publication date', () => {
  it.each([
    [
      'They arrived on Wednesday.',
      {
        precision: 'relative',
        anchor: 'publication',
        unit: 'week',
        offset: 0,
        weekday: 'wednesday',
        text: 'on Wednesday',
      },
    ],
    [
      'They met last month.',
      { precision: 'relative', unit: 'month', offset: -1, text: 'last month' },
    ],
    ['They met last week.', { precision: 'relative', unit: 'week', offset: -1, text: 'last week' }],
    ['They met yesterday.', { precision: 'relative', unit: 'day', offset: -1, text: 'yesterday' }],
    [
      'They met two weeks ago.',
      { precision: 'relative', unit: 'week', offset: -2, text: 'two weeks ago' },
    ],
    [
      'They meet next Friday.',
      { precision: 'relative', unit: 'week', offset: 1, weekday: 'friday' },
    ],
    ['Signed in June 2023.', { precision: 'month', year: 2023, month: 6, text: 'June 2023' }],
    ['It began in 2021.', { precision: 'year', year: 2021, text: '2021' }],
    ['Signed on 3 March 2024.', { precision: 'day', year: 2024, month: 3, day: 3 }],
    ['Signed on March 3, 2024.', { precision: 'day', year: 2024, month: 3, day: 3 }],
    ['Signed on 2024-03-03.', { precision: 'day', year: 2024, month: 3, day: 3 }],
  ] as const)('%s', (sentence, date) => {
    const [suggestion, ...rest] = suggestDate(sentence);
    expect(rest).toEqual([]);
    expect(suggestion!.date).toMatchObject(date);
    expect(suggestion!.resolved).toBeUndefined();
    expect(sentence.slice(suggestion!.start, suggestion!.end)).toBe(suggestion!.date.text);
    expect(dateSchema.safeParse(suggestion!.date).success).toBe(true);
  });

  it('takes "the same year" from the date before it', () => {
    const sentence = 'A treaty in June 2023, and a deployment in October of the same year.';
    expect(pick(sentence).map(({ date, yearFrom }) => [date.text, date, yearFrom])).toEqual([
      [
        'June 2023',
        expect.objectContaining({ precision: 'month', year: 2023, month: 6 }),
        undefined,
      ],
      [
        'October of the same year',
        expect.objectContaining({ precision: 'month', year: 2023, month: 10 }),
        'sentence',
      ],
    ]);
  });

  it('suggests nothing it would have to invent', () => {
    expect(suggestDate('In October of the same year they left.')).toEqual([]);
    expect(suggestDate('They met in May.')).toEqual([]);
    expect(suggestDate('The talks may have failed.')).toEqual([]);
    expect(suggestDate('Some 2,000 troops and 15000 shells.')).toEqual([]);
  });

  it('fills evidence when told where the sentence sits', () => {
    const text = 'Intro. They arrived on Wednesday.';
    const [suggestion] = suggestDate(text.slice(7), undefined, { source: 'article', offset: 7 });
    const [evidence] = suggestion!.date.evidence;
    expect(evidence).toEqual({ source: 'article', start: 20, end: 32, quote: 'on Wednesday' });
    expect(text.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
  });
});

describe('suggestDate with a publication date', () => {
  // Friday 29 November 2024.
  const published = '2024-11-29';

  it.each([
    ['They arrived on Wednesday.', { precision: 'day', year: 2024, month: 11, day: 27 }],
    ['They arrived on Friday.', { precision: 'day', year: 2024, month: 11, day: 29 }],
    ['They arrived last Friday.', { precision: 'day', year: 2024, month: 11, day: 22 }],
    ['They meet next Monday.', { precision: 'day', year: 2024, month: 12, day: 2 }],
    ['They met yesterday.', { precision: 'day', year: 2024, month: 11, day: 28 }],
    ['They met last month.', { precision: 'month', year: 2024, month: 10 }],
    ['They met last week.', { precision: 'month', year: 2024, month: 11 }],
    ['They met last year.', { precision: 'year', year: 2023 }],
    ['They met two months ago.', { precision: 'month', year: 2024, month: 9 }],
  ] as const)('%s keeps the relative date and resolves it', (sentence, resolved) => {
    const [suggestion] = suggestDate(sentence, published);
    expect(suggestion!.date.precision).toBe('relative');
    expect(suggestion!.resolved).toMatchObject(resolved);
    expect(dateSchema.safeParse(suggestion!.resolved).success).toBe(true);
  });

  it('resolves no finer than the publication date allows', () => {
    expect(suggestDate('They met on Wednesday.', { year: 2024, month: 11 })[0]!.resolved).toBe(
      undefined,
    );
    expect(suggestDate('They met last month.', '2024-11')[0]!.resolved).toMatchObject({
      precision: 'month',
      year: 2024,
      month: 10,
    });
    expect(suggestDate('They met last month.', { year: 2024 })[0]!.resolved).toBeUndefined();
    expect(suggestDate('They met last year.', { year: 2024 })[0]!.resolved).toMatchObject({
      precision: 'year',
      year: 2023,
    });
    expect(suggestDate('They met last month.', 'not a date')[0]!.resolved).toBeUndefined();
  });

  it('a week across two months resolves to its year only', () => {
    // The week before Wednesday 6 November 2024 runs from 28 October to 3 November.
    expect(suggestDate('They met last week.', '2024-11-06')[0]!.resolved).toMatchObject({
      precision: 'year',
      year: 2024,
    });
  });

  it('gives a month without its year the latest year, up to the publication', () => {
    expect(pick('They met in May.', published)).toEqual([
      {
        date: expect.objectContaining({ precision: 'month', year: 2024, month: 5 }),
        resolved: undefined,
        yearFrom: 'publication',
      },
    ]);
    expect(pick('They met in December.', published)[0]!.date).toMatchObject({ year: 2023 });
  });

  it('leaves calendar dates as written', () => {
    expect(pick('Signed in June 2023.', published)).toEqual(pick('Signed in June 2023.'));
  });
});

describe('suggestDate on the bundled article', () => {
  const text = raw.sources[0]!.text;
  const sentenceWith = (words: string) =>
    text
      .trim()
      .split(/(?<=[.!?])\s+/u)
      .find((sentence) => sentence.includes(words))!;

  it('finds the dates the dataset records, at their precision', () => {
    const texts = (words: string) =>
      suggestDate(sentenceWith(words)).map(({ date }) => ({ ...date, evidence: undefined }));
    expect(texts('Rodong Sinmun reported')).toEqual([
      {
        precision: 'relative',
        anchor: 'publication',
        unit: 'week',
        offset: 0,
        weekday: 'thursday',
        text: 'On Thursday',
        evidence: undefined,
      },
      {
        precision: 'relative',
        anchor: 'publication',
        unit: 'week',
        offset: 0,
        weekday: 'wednesday',
        text: 'on Wednesday',
        evidence: undefined,
      },
    ]);
    expect(texts('June 2023')).toEqual([
      { precision: 'month', year: 2023, month: 6, text: 'June 2023', evidence: undefined },
      {
        precision: 'month',
        year: 2023,
        month: 10,
        text: 'October of the same year',
        evidence: undefined,
      },
    ]);
    expect(texts('last month')).toEqual([
      {
        precision: 'relative',
        anchor: 'publication',
        unit: 'month',
        offset: -1,
        text: 'last month',
        evidence: undefined,
      },
    ]);
  });
});
