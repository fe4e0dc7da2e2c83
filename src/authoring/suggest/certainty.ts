import type { Certainty } from '../../data/schema/schema';

export type SuggestedCertainty = Exclude<Certainty, 'unknown'>;

export interface CertaintyCue {
  certainty: SuggestedCertainty;
  /** The cue as the sentence writes it. */
  cue: string;
  /** UTF-16 offsets of the cue within the sentence. */
  at: [start: number, end: number];
}

export interface CertaintySuggestion {
  certainty: SuggestedCertainty;
  cue: string | null;
  at?: [start: number, end: number];
  /** Cues of another certainty in the same sentence, for the dialog to offer. */
  others: CertaintyCue[];
}

/**
 * Cue words, most guarded first: when a sentence holds cues of several kinds, the more guarded
 * one is suggested ("remains classified, it appears" is about a withheld fact). Whole words only:
 * each pattern is wrapped in letter boundaries below.
 */
const CUES: readonly (readonly [SuggestedCertainty, string])[] = [
  [
    'classified',
    String.raw`(?:remains?|remained|is|are|was|were|kept|stays?) (?:still )?classified`,
  ],
  ['classified', String.raw`classified`],
  ['classified', String.raw`withheld|undisclosed|not (?:been )?disclosed|confidential`],
  [
    'speculated',
    String.raw`(?:analysts?|experts?|observers?|officials?) (?:speculate[sd]?|believe[sd]?|suspect(?:s|ed)?|suggest(?:s|ed)?)`,
  ],
  ['speculated', String.raw`speculat(?:e[sd]?|ion|ing)`],
  ['speculated', String.raw`(?:appears?|appeared|seems?|seemed)(?: to)?`],
  ['speculated', String.raw`(?:may|might|could) have`],
  ['speculated', String.raw`(?:is|are|was|were) (?:widely )?(?:believed|thought|suspected)`],
  ['speculated', String.raw`likely|possibly|probably|perhaps|presumably|apparently|allegedly`],
  ['reported', String.raw`reportedly|according to`],
  ['reported', String.raw`(?:is|are|was|were) said to`],
  ['reported', String.raw`said to`],
  ['reported', String.raw`(?:reported|reports|said|says|told|claimed|announced) that`],
  ['reported', String.raw`reported|reports say|sources say`],
];

const PATTERNS = CUES.map(
  ([certainty, pattern]) =>
    [
      certainty,
      new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`, 'giu'),
    ] as const,
);

const RANK: Record<SuggestedCertainty, number> = {
  classified: 0,
  speculated: 1,
  reported: 2,
  stated: 3,
};

/** The capitalised words just before `at`: who "reported that" ("Rodong Sinmun"). */
function subjectStart(sentence: string, at: number): number {
  const before = /(?:\p{Lu}[\p{L}\p{M}'’.-]* )+$/u.exec(sentence.slice(0, at));
  return before ? before.index : at;
}

/** Every cue in the sentence, one per span (the first pattern that claims a span wins). */
export function findCertaintyCues(sentence: string): CertaintyCue[] {
  const cues: CertaintyCue[] = [];
  for (const [certainty, pattern] of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const isSaying = certainty === 'reported' && / that$/iu.test(match[0]);
      const start = isSaying ? subjectStart(sentence, match.index) : match.index;
      if (cues.some((cue) => cue.at[0] < end && start < cue.at[1])) continue;
      cues.push({ certainty, cue: sentence.slice(start, end), at: [start, end] });
    }
  }
  return cues.sort((a, b) => RANK[a.certainty] - RANK[b.certainty] || a.at[0] - b.at[0]);
}

/**
 * The certainty a sentence suggests by its own cue words: "reportedly" → reported, "appears" →
 * speculated, "remains classified" → classified, none → stated. A suggestion only: the user
 * always confirms it.
 */
export function suggestCertainty(sentence: string): CertaintySuggestion {
  const [first, ...rest] = findCertaintyCues(sentence);
  if (!first) return { certainty: 'stated', cue: null, others: [] };
  return {
    certainty: first.certainty,
    cue: first.cue,
    at: first.at,
    others: rest.filter((cue) => cue.certainty !== first.certainty),
  };
}
