import { describe, expect, it } from 'vitest';
import type { Citation } from '../../data/indexed-dataset';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { toSegments, type Segment } from './segments';

const TEXT = 'abcdefghij';

function cite(id: string, start: number, end: number): Citation {
  return {
    evidence: { source: 'text', start, end, quote: TEXT.slice(start, end) },
    owner: { kind: 'entity', id },
  };
}

/** Segments as [text, ids of the citations covering it]. */
const summarise = (segments: Segment[]) =>
  segments.map((segment) => [segment.text, segment.citations.map((item) => item.owner.id)]);

describe('toSegments', () => {
  it.each<[what: string, citations: Citation[], expected: [string, string[]][]]>([
    ['no citations', [], [['abcdefghij', []]]],
    [
      'one span in the middle',
      [cite('a', 2, 5)],
      [
        ['ab', []],
        ['cde', ['a']],
        ['fghij', []],
      ],
    ],
    [
      'overlapping spans',
      [cite('b', 2, 6), cite('a', 0, 4)],
      [
        ['ab', ['a']],
        ['cd', ['a', 'b']],
        ['ef', ['b']],
        ['ghij', []],
      ],
    ],
    [
      'a span nested in another',
      [cite('outer', 1, 9), cite('inner', 3, 5)],
      [
        ['a', []],
        ['bc', ['outer']],
        ['de', ['outer', 'inner']],
        ['fghi', ['outer']],
        ['j', []],
      ],
    ],
    [
      'touching spans',
      [cite('a', 0, 3), cite('b', 3, 6)],
      [
        ['abc', ['a']],
        ['def', ['b']],
        ['ghij', []],
      ],
    ],
    [
      'the same span twice',
      [cite('a', 4, 10), cite('b', 4, 10)],
      [
        ['abcd', []],
        ['efghij', ['a', 'b']],
      ],
    ],
    [
      'a span past the end, clamped',
      [cite('a', 8, 40)],
      [
        ['abcdefgh', []],
        ['ij', ['a']],
      ],
    ],
  ])('cuts the text at %s', (_, citations, expected) => {
    expect(summarise(toSegments(TEXT, citations))).toEqual(expected);
  });

  it('covers the bundled source exactly, each segment knowing every fact it supports', () => {
    const dataset = loadBundledDataset();
    const source = dataset.sources[0]!;
    const citations = dataset.citationsBySource.get(source.id) ?? [];
    const segments = toSegments(source.text, citations);
    expect(segments.map((segment) => segment.text).join('')).toBe(source.text);
    segments.forEach((segment, at) => {
      expect(segment.start).toBe(at === 0 ? 0 : segments[at - 1]!.end);
      expect(segment.end).toBeGreaterThan(segment.start);
      const covering = citations.filter(
        ({ evidence }) => evidence.start <= segment.start && evidence.end >= segment.end,
      );
      expect(segment.citations).toHaveLength(covering.length);
    });
    const goremykin = segments.find((segment) => segment.text === 'Viktor Goremykin');
    expect(goremykin?.citations.map((item) => item.owner.id)).toContain('viktor-goremykin');
  });
});
