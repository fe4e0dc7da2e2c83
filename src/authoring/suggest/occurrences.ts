import { foldText } from '../../lib/fold-text';

export interface Occurrence {
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is the words as written. */
  start: number;
  end: number;
  /** The words with some text either side, on one line, for a list of choices. */
  context: string;
}

/** A folded text that remembers, for each of its characters, where it came from. */
interface FoldedText {
  folded: string;
  /** Original offset where the code point behind each folded character starts and ends. */
  starts: number[];
  ends: number[];
}

const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;
const CONTEXT = 40;

/**
 * The search's fold, one code point at a time, so every folded character knows its origin.
 * Runs of white space (CRLF included) fold to one space, so typed words find text that wraps.
 */
function foldWithOrigins(text: string): FoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    if (SPACE.test(char)) {
      if (folded.endsWith(' ')) ends[ends.length - 1] = end;
      else {
        folded += ' ';
        starts.push(at);
        ends.push(end);
      }
    } else {
      const units = foldText(char);
      folded += units;
      // One entry per UTF-16 unit of the fold, as indexOf counts them.
      for (let unit = 0; unit < units.length; unit += 1) {
        starts.push(at);
        ends.push(end);
      }
    }
    at = end;
  }
  return { folded, starts, ends };
}

/** The code point just before `at`, whole even when it is astral. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isLowSurrogate && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function charAt(text: string, at: number): string {
  const point = text.codePointAt(at);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/** Extends an end over combining marks that belong to its last letter. */
function extendOverMarks(text: string, end: number): number {
  let at = end;
  for (let next = charAt(text, at); next && MARK.test(next); next = charAt(text, at)) {
    at += next.length;
  }
  return at;
}

function contextOf(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  // Cut at a space where there is one between the edge and the words, else keep whole characters.
  const space = text.slice(from, start).search(/\s/u);
  if (from > 0 && space !== -1) from += space;
  else if (from > 0 && /[\udc00-\udfff]/.test(text.charAt(from))) from -= 1;
  const lastSpace = text.slice(end, to).search(/\s\S*$/u);
  if (to < text.length && lastSpace !== -1) to = end + lastSpace;
  else if (to < text.length && /[\udc00-\udfff]/.test(text.charAt(to))) to += 1;
  const words = text.slice(from, to).replace(/\s+/gu, ' ').trim();
  return `${from > 0 ? '…' : ''}${words}${to < text.length ? '…' : ''}`;
}

/**
 * Every whole-word occurrence of `words` in `text`, found through the search's fold: "koreas"
 * finds "Korea’s", "jose" finds "José" (precomposed or not). Offsets index the original text.
 */
export function occurrencesOf(text: string, words: string): Occurrence[] {
  const query = foldWithOrigins(words.trim()).folded;
  if (!query.trim()) return [];
  const { folded, starts, ends } = foldWithOrigins(text);
  const found: Occurrence[] = [];
  for (let at = folded.indexOf(query); at !== -1; at = folded.indexOf(query, at + 1)) {
    const start = starts[at]!;
    // A folded character of a code point that folds to several shares that code point's span.
    if (at > 0 && starts[at - 1] === start) continue;
    const last = at + query.length - 1;
    if (last + 1 < folded.length && ends[last + 1] === ends[last]) continue;
    const end = extendOverMarks(text, ends[last]!);
    if (WORD.test(charBefore(text, start)) || WORD.test(charAt(text, end))) continue;
    if (found.length > 0 && found[found.length - 1]!.end > start) continue;
    found.push({ start, end, context: contextOf(text, start, end) });
  }
  return found;
}
