import { canonicalTerm, tokenise } from './normalise';

/**
 * Words too common to be worth finding or highlighting. Checked after folding,
 * so "The" and "the" are the same word.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be by for from has have he her his in into is it its
   of on or that the their this to was were which with`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export interface TextRun {
  text: string;
  isMatch: boolean;
}

/** Splits text into runs that do or do not match one of the terms, for highlighting. */
export function splitByMatches(text: string, terms: readonly string[]): TextRun[] {
  if (terms.length === 0) return [{ text, isMatch: false }];
  const wanted = new Set(terms);
  const runs: TextRun[] = [];
  for (const part of text.split(/([^\p{L}\p{N}'’]+)/u)) {
    if (!part) continue;
    const isMatch = tokenise(part).some(
      (word) => !isStopWord(word) && wanted.has(canonicalTerm(word)),
    );
    const last = runs.at(-1);
    if (last && last.isMatch === isMatch) last.text += part;
    else runs.push({ text: part, isMatch });
  }
  return runs;
}

/** How many of the terms a text contains. */
export function countMatches(text: string, terms: readonly string[]): number {
  const words = new Set(tokenise(text).map(canonicalTerm));
  return terms.filter((term) => words.has(term)).length;
}

/**
 * The part of a long text around its first match, cut at word boundaries and
 * marked with "…" where it was cut, so a result shows where it matched.
 */
export function excerpt(text: string, terms: readonly string[], radius = 40): string {
  const runs = splitByMatches(text, terms);
  const before = runs.findIndex((run) => run.isMatch);
  if (before < 0 || text.length <= radius * 3) return text;
  const matchStart = runs.slice(0, before).reduce((length, run) => length + run.text.length, 0);
  const matchEnd = matchStart + runs[before]!.text.length;
  let start = Math.max(0, matchStart - radius);
  let end = Math.min(text.length, matchEnd + radius * 2);
  if (start > 0) start = Math.min(matchStart, text.indexOf(' ', start) + 1 || start);
  if (end < text.length) end = Math.max(matchEnd, text.lastIndexOf(' ', end));
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
