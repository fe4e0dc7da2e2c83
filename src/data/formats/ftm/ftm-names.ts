/**
 * The display name of an FtM entity with many names, chosen as FollowTheMoney's `pick_name`
 * (rigour.names.pick) chooses it: the name most like all the others (a centroid by edit
 * distance), each name weighted by how much of it is Latin script, and the only Latin name
 * outright where there is just one. Publishers caption entities this way, so a file without a
 * caption reads as it would with one.
 */

const LATIN = /[\p{Script=Latin}\p{Script=Common}]/u;
/** Scripts a reader of Latin can transliterate: they weigh a little. */
const LATINIZABLE = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}]/u;

/** The share of a name that is Latin script: 1 for "Anna", about 0.1 for "Анна". */
export function latinShare(text: string): number {
  const chars = [...text];
  let latin = 0;
  for (const char of chars) {
    if (LATIN.test(char)) latin += 1;
    else if (LATINIZABLE.test(char)) latin += 0.1;
  }
  return latin / Math.max(1, chars.length);
}

function levenshtein(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The names, most like the others first: each scores its similarity to every other, weighted. */
function bySimilarity(names: readonly string[], weights: ReadonlyMap<string, number>): string[] {
  if (names.length < 2) return [...names];
  const scores = new Map<string, number>(names.map((name) => [name, 0]));
  names.forEach((left, index) => {
    for (const right of names.slice(index + 1)) {
      const similarity =
        1 - levenshtein(left, right) / Math.max([...left].length, [...right].length, 1);
      scores.set(left, scores.get(left)! + similarity * (weights.get(left) ?? 1));
      scores.set(right, scores.get(right)! + similarity * (weights.get(right) ?? 1));
    }
  });
  // A stable sort: ties keep the (sorted) order they came in.
  return [...scores].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Lower case, accents dropped, only ASCII kept: the form under which spellings meet. */
const asciiForm = (form: string) =>
  form
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .trim();

const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });

/** The best name to show of several; undefined when none has a letter of text. */
export function pickName(names: readonly string[]): string | undefined {
  const weights = new Map<string, number>();
  const forms = new Map<string, string[]>();
  const latinNames: string[] = [];
  const add = (form: string, weight: number, ...surfaces: string[]) => {
    weights.set(form, (weights.get(form) ?? 0) + weight);
    forms.set(form, [...(forms.get(form) ?? []), ...surfaces]);
  };
  for (const name of [...names].sort()) {
    const form = name.trim().toLowerCase();
    if (!form) continue;
    const share = latinShare(name);
    if (share > 0.85) latinNames.push(name);
    const weight = 1 + share;
    add(form, weight, name, titleCase(name));
    const ascii = asciiForm(form);
    if (ascii.length > 2) add(ascii, weight, name);
  }
  if (latinNames.length === 1) return latinNames[0];
  for (const form of bySimilarity([...weights.keys()], weights)) {
    for (const surface of bySimilarity(forms.get(form) ?? [], new Map())) {
      if (names.includes(surface)) return surface;
    }
  }
  return undefined;
}
