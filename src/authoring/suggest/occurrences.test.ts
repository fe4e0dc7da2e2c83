import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../lib/fold-text';
import { occurrencesOf } from './occurrences';

const spans = (text: string, words: string) =>
  occurrencesOf(text, words).map(({ start, end }) => text.slice(start, end));

describe('occurrencesOf', () => {
  it('finds words through the search fold', () => {
    const text = 'North Korea’s envoy met Korea’s friends.';
    expect(spans(text, 'koreas')).toEqual(['Korea’s', 'Korea’s']);
    expect(spans(text, 'Korea')).toEqual(['Korea', 'Korea']);
    expect(spans('José and Jose\u0301 met.', 'jose')).toEqual(['José', 'Jose\u0301']);
  });

  it('finds whole words only', () => {
    expect(spans('No Korean said no to Noah.', 'no')).toEqual(['No', 'no']);
    expect(spans('Korean', 'Korea')).toEqual([]);
  });

  it('keeps offsets right across CRLF, emoji, combining accents and right-to-left text', () => {
    const text =
      'Line one 🇰🇵\r\nThe Pe\u0301rez 👩‍👩‍👧 file:\r\n«מוסקבה» and مُوسكو, then Pérez\r\nagain.';
    const found = occurrencesOf(text, 'perez');
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['Pe\u0301rez', 'Pérez']);
    expect(spans(text, 'מוסקבה')).toEqual(['מוסקבה']);
    expect(spans(text, 'file: «מוסקבה»')).toEqual(['file:\r\n«מוסקבה»']);
    expect(spans(text, 'Pérez again')).toEqual(['Pérez\r\nagain']);
    expect(found[0]!.context).toBe('Line one 🇰🇵 The Pe\u0301rez 👩‍👩‍👧 file: «מוסקבה» and مُوسكو,…');
  });

  it('finds nothing for blank words', () => {
    expect(occurrencesOf('Some text', '  ')).toEqual([]);
    expect(occurrencesOf('', 'word')).toEqual([]);
  });
});

/** Pieces of text that have broken offsets before: CRLF, astral, combining, bidirectional. */
const WORDS = [
  'Korea',
  'Korea’s',
  'Pérez',
  'Pe\u0301rez',
  'Ñandú',
  'מוסקבה',
  'موسكو',
  'Ωmega',
  'x',
];
const GAPS = [' ', '\r\n', '\n', ' 🇰🇵 ', ' 👩‍👩‍👧 ', ', ', '. ', ' \u200f', '“', '”', ' 😀'];
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS));
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const squash = (value: string) => foldText(value).replace(/\s+/gu, ' ');
const isLone = (unit: number | undefined) => unit !== undefined && unit >= 0xdc00 && unit <= 0xdfff;

describe('occurrencesOf: properties', () => {
  it('every occurrence is the words as written, whole, in order, never splitting a character', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...WORDS, 'korea s', 'perez', 'KOREAS'), (value, words) => {
        let last = 0;
        for (const { start, end, context } of occurrencesOf(value, words)) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(isLone(value.charCodeAt(start))).toBe(false);
          expect(isLone(value.charCodeAt(end))).toBe(false);
          expect(squash(value.slice(start, end))).toBe(squash(words));
          expect(/[\p{L}\p{N}\p{M}]/u.test(value.slice(end, end + 1))).toBe(false);
          expect(context.length).toBeGreaterThan(0);
          last = end;
        }
      }),
    );
  });

  it('finds every word it is given, at its offsets', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...WORDS), text, (left, word, right) => {
        const value = `${left} ${word} ${right}`;
        const start = left.length + 1;
        const found = occurrencesOf(value, word).map((hit) => [hit.start, hit.end]);
        expect(found).toContainEqual([start, start + word.length]);
      }),
    );
  });
});
