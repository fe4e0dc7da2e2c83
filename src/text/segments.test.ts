import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/bundled-dataset';
import { toEvidenceSpans } from './evidence-spans';
import { toSegments, type Range, type Segment } from './segments';

const TEXT = 'abcdefghij';

type Item = Range & { id: string };
const item = (id: string, start: number, end: number): Item => ({ id, start, end });

/** Segments as [text, ids of the items covering it]. */
const summarise = (segments: Segment<Item>[]) =>
  segments.map((segment) => [segment.text, segment.covering.map((covering) => covering.id)]);

describe('toSegments', () => {
  it.each<[what: string, items: Item[], expected: [string, string[]][]]>([
    ['no items', [], [['abcdefghij', []]]],
    [
      'one span in the middle',
      [item('a', 2, 5)],
      [
        ['ab', []],
        ['cde', ['a']],
        ['fghij', []],
      ],
    ],
    [
      'overlapping spans, listed in the order given',
      [item('b', 2, 6), item('a', 0, 4)],
      [
        ['ab', ['a']],
        ['cd', ['b', 'a']],
        ['ef', ['b']],
        ['ghij', []],
      ],
    ],
    [
      'a span nested in another',
      [item('outer', 1, 9), item('inner', 3, 5)],
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
      [item('a', 0, 3), item('b', 3, 6)],
      [
        ['abc', ['a']],
        ['def', ['b']],
        ['ghij', []],
      ],
    ],
    [
      'the same span twice',
      [item('a', 4, 10), item('b', 4, 10)],
      [
        ['abcd', []],
        ['efghij', ['a', 'b']],
      ],
    ],
    [
      'a span past the end, clamped',
      [item('a', 8, 40)],
      [
        ['abcdefgh', []],
        ['ij', ['a']],
      ],
    ],
  ])('cuts the text at %s', (_, items, expected) => {
    expect(summarise(toSegments(TEXT, items))).toEqual(expected);
  });

  it('cuts at extra points too, so a highlighted range starts and ends on a segment boundary', () => {
    expect(summarise(toSegments(TEXT, [item('a', 2, 8)], [4, 6, 99]))).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a']],
      ['gh', ['a']],
      ['ij', []],
    ]);
  });

  it('covers the bundled source exactly, each segment knowing every span resting on it', () => {
    const dataset = loadBundledDataset();
    const source = dataset.sources[0]!;
    const spans = toEvidenceSpans(
      source.text,
      dataset.citationsBySource.get(source.id) ?? [],
      () => ({ kind: 'relationship', name: '' }),
    );
    const segments = toSegments(source.text, spans);
    expect(segments.map((segment) => segment.text).join('')).toBe(source.text);
    segments.forEach((segment, at) => {
      expect(segment.start).toBe(at === 0 ? 0 : segments[at - 1]!.end);
      expect(segment.end).toBeGreaterThan(segment.start);
      const covering = spans.filter(
        (span) => span.start <= segment.start && span.end >= segment.end,
      );
      expect(segment.covering).toEqual(covering);
    });
  });
});
