import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/liaison.json';
import { suggestCertainty } from './certainty';

describe('suggestCertainty: each cue', () => {
  it.each([
    ['The minister reportedly met the envoy.', 'reported', 'reportedly'],
    ['According to the ministry, the envoy left.', 'reported', 'According to'],
    ['The agency reported that the talks failed.', 'reported', 'reported that'],
    ['Yonhap reported that the talks failed.', 'reported', 'Yonhap reported that'],
    ['The envoy is said to have left.', 'reported', 'is said to'],
    ['Analysts speculate that the deal is near.', 'speculated', 'Analysts speculate'],
    ['The visit appears to be routine.', 'speculated', 'appears to'],
    ['The talks may have failed.', 'speculated', 'may have'],
    ['A deal is likely soon.', 'speculated', 'likely'],
    ['The envoy possibly left.', 'speculated', 'possibly'],
    ['The envoy is believed to be in Moscow.', 'speculated', 'is believed'],
    ['The purpose remains classified.', 'classified', 'remains classified'],
    ['The figures were withheld.', 'classified', 'withheld'],
    ['An undisclosed sum changed hands.', 'classified', 'undisclosed'],
  ] as const)('%s → %s', (sentence, certainty, cue) => {
    const suggestion = suggestCertainty(sentence);
    expect(suggestion).toMatchObject({ certainty, cue });
    expect(sentence.slice(...suggestion.at!)).toBe(cue);
  });

  it('suggests stated, with no cue, when the sentence has none', () => {
    expect(suggestCertainty('The delegation arrived in Pyongyang.')).toEqual({
      certainty: 'stated',
      cue: null,
      others: [],
    });
  });

  it('reads cues in any case, and only as whole words', () => {
    expect(suggestCertainty('REPORTEDLY, they met.').certainty).toBe('reported');
    expect(suggestCertainty('The unlikely pair met.').certainty).toBe('stated');
    expect(suggestCertainty('They declassified the files.').certainty).toBe('stated');
    expect(suggestCertainty('He disappears often.').certainty).toBe('stated');
  });

  it('suggests the more guarded cue and offers the others', () => {
    const suggestion = suggestCertainty(
      'While the purpose remains classified, it appears to be aimed at cooperation.',
    );
    expect(suggestion.certainty).toBe('classified');
    expect(suggestion.others.map((cue) => [cue.certainty, cue.cue])).toEqual([
      ['speculated', 'appears to'],
    ]);
  });
});

describe('suggestCertainty: the bundled article', () => {
  const sentences = raw.sources[0]!.text.trim().split(/(?<=[.!?])\s+/u);
  const expected: [string, string, string | null][] = [
    ['A delegation from', 'stated', null],
    ['While the specific purpose', 'classified', 'remains classified'],
    ['On Thursday', 'reported', 'Rodong Sinmun reported that'],
    ['The delegation was greeted', 'stated', null],
    ['Upon arrival', 'stated', null],
    ['They laid a wreath', 'stated', null],
    ['Given that', 'speculated', 'analysts speculate'],
    ['The two countries', 'reported', 'reported'],
    ['In a related development', 'stated', null],
    ['The officials attended', 'stated', null],
    ['This event served', 'stated', null],
    ['During the visit', 'stated', null],
    ['Minister Belousov echoed', 'stated', null],
  ];

  it('has the sentences the table expects', () => {
    expect(sentences.map((sentence, at) => sentence.startsWith(expected[at]![0]))).toEqual(
      expected.map(() => true),
    );
  });

  it.each(expected.map((row, at) => [...row, at] as const))(
    '“%s…” → %s (%s)',
    (_, certainty, cue, at) => {
      expect(suggestCertainty(sentences[at]!)).toMatchObject({ certainty, cue });
    },
  );
});
