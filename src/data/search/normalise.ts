import { foldText } from '../../lib/fold-text';

/**
 * Spelling variants that should find each other. Keys and values are already
 * folded (lower case, no diacritics). Korean names come in South Korean
 * (Park, No) and North Korean (Pak, Ro) romanisations; Russian names in
 * several transliterations; English in British and American spelling.
 * A Map, not an object: a typed word such as "constructor" must not find Object.prototype.
 */
const VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    park: 'pak',
    ro: 'no',
    rho: 'no',
    roh: 'no',
    chul: 'chol',
    choul: 'chol',
    lee: 'ri',
    rhee: 'ri',
    yi: 'ri',
    andrey: 'andrei',
    andrej: 'andrei',
    victor: 'viktor',
    aleksandr: 'alexander',
    aleksander: 'alexander',
    alexandr: 'alexander',
    sergey: 'sergei',
    yuri: 'yury',
    yuriy: 'yury',
    defense: 'defence',
    honor: 'honour',
    honored: 'honoured',
    honoring: 'honouring',
    organization: 'organisation',
  }),
);

/** One search term in its canonical spelling. */
export function canonicalTerm(term: string): string {
  const folded = foldText(term);
  return VARIANTS.get(folded) ?? folded;
}

/** Words of a text, split on anything that is not a letter or a digit (hyphens, spaces). */
export function tokenise(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
