import { describe, expect, it } from 'vitest';
import { parseFtmDate, toFtmDate } from './ftm-dates';

describe('FtM dates keep their precision', () => {
  it.each([
    ['2014', { precision: 'year', year: 2014 }],
    ['2019-05', { precision: 'month', year: 2019, month: 5 }],
    ['2019-05-03', { precision: 'day', year: 2019, month: 5, day: 3 }],
    ['2019-05-03T10:15:00', { precision: 'day', year: 2019, month: 5, day: 3 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseFtmDate(text)).toEqual({ ...expected, text, evidence: [] });
  });

  it.each(['', 'May 2019', '2019-13', '2019-05-32', '19-05'])('refuses "%s"', (text) => {
    expect(parseFtmDate(text)).toBeNull();
  });

  it.each(['2014', '2019-05', '2019-05-03', '0987'])('writes "%s" back as it was', (text) => {
    expect(toFtmDate(parseFtmDate(text)!)).toBe(text);
  });

  it('cannot write a date relative to another', () => {
    expect(
      toFtmDate({
        precision: 'relative',
        anchor: 'publication',
        unit: 'month',
        offset: -1,
        text: 'last month',
        evidence: [],
      }),
    ).toBeNull();
  });
});
