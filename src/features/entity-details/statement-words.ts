import type { Evidence } from '../../data/schema/schema';

const QUOTATION_MARKS = /["“”«»„]/;

/**
 * How a statement's words are introduced. Only words the source puts in
 * quotation marks are the speaker's own; anything else is the article's
 * account of what was said (reported speech) and is shown as such.
 */
export function statementLead(sourceText: string, words: Evidence): string {
  const isQuoted =
    QUOTATION_MARKS.test(sourceText.charAt(words.start - 1)) &&
    QUOTATION_MARKS.test(sourceText.charAt(words.end));
  return isQuoted ? 'The article quotes:' : 'The article reports, without quotation marks:';
}
