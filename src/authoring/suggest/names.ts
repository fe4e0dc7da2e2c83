import { foldText } from '../../lib/fold-text';

export interface NameSuggestion {
  /** The name as the text first writes it. */
  name: string;
  /** UTF-16 offsets of its first occurrence. */
  start: number;
  end: number;
  /** How many times the text writes it (as a name: capitalised, whole words). */
  occurrences: number;
}

/**
 * A capitalised word: a capital, then letters, marks, inner apostrophes and hyphenated parts,
 * lower case or not ("Park Yong-il", "al-Assad", "O’Brien", "Military-Political").
 */
const WORD = String.raw`(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*|-[\p{L}\p{M}]+)*(?:['’]s?)?`;
/** Small words that sit inside names: "Ministry of Defense", "Bank of the West", "bin Salman". */
const CONNECTOR = String.raw`(?:of(?: the)?|de(?: la)?|del|der|den|van|von|da|di|du|la|le|bin|ibn|al|el|y)`;
const RUN = new RegExp(String.raw`${WORD}(?:(?: ${CONNECTOR})? ${WORD})*`, 'gu');
const SENTENCE_END = /[.!?…:;"“”]\s*$|^\s*$/u;

/** Function words and sentence openers: capitalised only because a sentence starts with them. */
const OPENERS = new Set(
  (
    'a an the this that these those it its they their them we our us you your he his him she her i ' +
    'in on at by for from to of with without upon after before during while when where whereas ' +
    'since until as given though although despite because if but and or nor so yet also then ' +
    'there here meanwhile however moreover furthermore instead thus still one some many most all ' +
    'both each every no not neither either such what which who whom whose how why later earlier ' +
    'today yesterday tomorrow last next first second finally among about around against between'
  ).split(' '),
);

/**
 * Words of rank and office. A name written after one ("Defense Minister Andrey Belousov") is the
 * person's; a title before "of" ("Deputy Director of the …") is not part of the body's name.
 */
const TITLES = new Set(
  (
    'minister deputy director president vice prime ambassador secretary chairman chairwoman chair ' +
    'head chief colonel lieutenant captain admiral marshal commander officer ' +
    'mr mrs ms dr sir dame lord lady king queen prince princess sheikh senator governor mayor ' +
    'envoy spokesman spokeswoman spokesperson premier chancellor leader judge justice'
  ).split(' '),
);

/** Calendar words are dates, not names; a date suggestion finds them. */
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december'
  ).split(' '),
);

/** "Russian", "North Korean": a people's adjective on its own names no one thing. */
const DEMONYM =
  /^(?:(?:north|south|east|west|northern|southern|eastern|western) )*\S*(?:ian|ean|ese|ish)$/u;

interface Found {
  name: string;
  start: number;
  end: number;
}

/** "of", "the", "bin": the run's small words, which neither begin nor end a name. */
function isConnector(word: Found) {
  return /^\p{Ll}+$/u.test(word.name);
}

function isTitle(word: string) {
  return TITLES.has(foldText(word));
}

/** Words of a run with their offsets. */
function wordsOf(run: string, offset: number): Found[] {
  return [...run.matchAll(/\S+/gu)].map((match) => ({
    name: match[0],
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

function join(words: readonly Found[]): Found | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { name: '', start: first.start, end: last.end };
}

/** Splits a run where a possessive ends a name: "Russia’s Main …" → "Russia", "Main …". */
function splitPossessives(words: readonly Found[]): Found[][] {
  const parts: Found[][] = [[]];
  for (const word of words) {
    const possessive = /['’]s?$/u.exec(word.name);
    // "People’s", "Workers’": a plural's possessive is part of the names it sits in.
    const isPlural = /(?:people|men|children|workers|s)['’]s?$/iu.test(word.name);
    if (possessive && !isPlural) {
      parts[parts.length - 1]!.push({ ...word, end: word.end - possessive[0].length });
      parts.push([]);
    } else parts[parts.length - 1]!.push(word);
  }
  return parts.filter((part) => part.length > 0);
}

/** Drops titles before a name: keeps "Minister Belousov", gives "Andrey Belousov" for the rest. */
function dropTitles(words: readonly Found[]): Found[] {
  const lastTitle = words.findLastIndex((word) => isTitle(word.name));
  if (lastTitle === -1) return [...words];
  const after = words.slice(lastTitle + 1);
  const isConnectorNext = after[0] && isConnector(after[0]);
  if (isConnectorNext) {
    // "Deputy Director of the Korean …": the body after the connectors.
    const body = after.findIndex((word) => !isConnector(word));
    return body === -1 ? [] : after.slice(body);
  }
  if (after.length >= 2) return after;
  return after.length === 1 ? words.slice(lastTitle) : [];
}

/** Drops the words that begin a sentence but begin no name: "The", "Upon", "During". */
function dropOpeners(
  words: readonly Found[],
  isSentenceStart: boolean,
  lower: ReadonlySet<string>,
): Found[] {
  let from = 0;
  while (from < words.length) {
    const word = words[from]!.name;
    const folded = foldText(word);
    const isCommon = OPENERS.has(folded) || (isSentenceStart && from === 0 && lower.has(folded));
    if (!isCommon || (from > 0 && !OPENERS.has(folded))) break;
    from += 1;
  }
  const rest = words.slice(from);
  return rest[0] && isConnector(rest[0]) ? rest.slice(1) : rest;
}

/** The words the text also writes in lower case, as it writes common words. */
function lowerCaseWords(text: string): ReadonlySet<string> {
  return new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
}

/** The candidate names of one capitalised run. */
function namesOfRun(
  text: string,
  lower: ReadonlySet<string>,
  run: string,
  offset: number,
): Found[] {
  const isSentenceStart = SENTENCE_END.test(text.slice(Math.max(0, offset - 3), offset));
  const names: Found[] = [];
  for (const [at, part] of splitPossessives(wordsOf(run, offset)).entries()) {
    const words = dropTitles(dropOpeners(part, isSentenceStart && at === 0, lower));
    while (words.length > 0 && isConnector(words[words.length - 1]!)) words.pop();
    const span = join(words);
    if (!span) continue;
    const name = text.slice(span.start, span.end);
    const folded = foldText(name);
    const isLoneWord = words.length === 1 && (isTitle(name) || OPENERS.has(folded));
    const isCalendar = words.every((word) => CALENDAR.has(foldText(word.name)));
    if (!isLoneWord && !isCalendar && !DEMONYM.test(folded)) names.push({ ...span, name });
  }
  return names;
}

/** Every capitalised name in the text, in order, first occurrences and repeats alike. */
export function findNames(text: string): Found[] {
  const lower = lowerCaseWords(text);
  return [...text.matchAll(RUN)].flatMap((match) => namesOfRun(text, lower, match[0], match.index));
}

/**
 * "Names in this text not yet in the dataset": capitalised phrases, with the words that only
 * open a sentence and the titles before a person's name taken off, minus the names (and
 * aliases) the dataset already has. Folded as the search folds, so "Korea’s" is "Korea".
 */
export function suggestNames(text: string, known: { names: readonly string[] }): NameSuggestion[] {
  const isKnown = new Set(known.names.map(foldText));
  const byName = new Map<string, NameSuggestion>();
  for (const found of findNames(text)) {
    const key = foldText(found.name);
    if (isKnown.has(key)) continue;
    const seen = byName.get(key);
    if (seen) seen.occurrences += 1;
    else byName.set(key, { ...found, occurrences: 1 });
  }
  return [...byName.values()];
}
