import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/bundled-dataset';
import { canonicalTerm, foldText, tokenise } from './normalise';
import { splitByMatches } from './search';

describe('foldText', () => {
  it.each([
    ['Kōrea’s', 'koreas'],
    ['PÁRK', 'park'],
    ['Ro Kwang-chol', 'ro kwang-chol'],
    ["People's", 'peoples'],
    ['Ünïcödé', 'unicode'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('canonicalTerm', () => {
  it.each([
    ['Park', 'pak'],
    ['Pak', 'pak'],
    ['Ro', 'no'],
    ['Roh', 'no'],
    ['Chul', 'chol'],
    ['Andrey', 'andrei'],
    ['Victor', 'viktor'],
    ['Aleksandr', 'alexander'],
    ['Defense', 'defence'],
    ['Honored', 'honoured'],
    ['Korean', 'korean'],
    ['Belousov', 'belousov'],
  ])('%s → %s', (term, canonical) => {
    expect(canonicalTerm(term)).toBe(canonical);
  });
});

describe('tokenise', () => {
  it.each<[string, string[]]>([
    ['Park Yong-il', ['park', 'yong', 'il']],
    ['  Military-Political   Directorate ', ['military', 'political', 'directorate']],
    ['Korea’s 2023 treaty', ['koreas', '2023', 'treaty']],
    ['—', []],
  ])('%j', (text, words) => {
    expect(tokenise(text)).toEqual(words);
  });
});

describe('search on the bundled dataset', () => {
  const { search } = loadBundledDataset();

  it.each([
    ['Pak Yong Il', 'park-yong-il'],
    ['Ro Kwang Chol', 'no-kwang-chol'],
    ['Andrei Belousov', 'andrey-belousov'],
    ['Victor Goremykin', 'viktor-goremykin'],
    ['ministry of defence', 'russian-ministry-of-defense'],
    ['goremy', 'viktor-goremykin'],
    ['Goremykn', 'viktor-goremykin'],
    ['PÁRK yong-il', 'park-yong-il'],
    ['park yong il', 'park-yong-il'],
  ])('“%s” finds %s first', (query, id) => {
    expect(search.search(query)[0]?.id).toBe(id);
  });

  it('finds the same entity whatever the case or diacritics', () => {
    const ids = (query: string) => search.search(query).map((hit) => hit.id);
    expect(ids('PÁRK YONG-IL')).toEqual(ids('park yong-il'));
  });

  it('gives each hit its type and name', () => {
    expect(search.search('Goremykin')[0]).toMatchObject({
      id: 'viktor-goremykin',
      type: 'person',
      name: 'Viktor Goremykin',
    });
  });

  it('returns nothing for a blank query and honours the limit', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('north korea', { limit: 3 })).toHaveLength(3);
  });

  it('falls back to any word when no entity has every word', () => {
    expect(search.search('Belousov xylophone')[0]?.id).toBe('andrey-belousov');
  });
});

describe('splitByMatches', () => {
  it('marks the words that match, in their canonical spelling', () => {
    expect(splitByMatches('Park Yong-il greeted them', ['pak', 'il'])).toEqual([
      { text: 'Park', isMatch: true },
      { text: ' Yong-', isMatch: false },
      { text: 'il', isMatch: true },
      { text: ' greeted them', isMatch: false },
    ]);
  });

  it('merges the words between matches into one run and keeps the text whole', () => {
    const text = 'Deputy Minister of Defense, Viktor Goremykin.';
    const runs = splitByMatches(text, ['viktor', 'goremykin']);
    expect(runs).toEqual([
      { text: 'Deputy Minister of Defense, ', isMatch: false },
      { text: 'Viktor', isMatch: true },
      { text: ' ', isMatch: false },
      { text: 'Goremykin', isMatch: true },
      { text: '.', isMatch: false },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('matches a variant spelling and ignores case', () => {
    expect(splitByMatches('Ministry of DEFENSE', ['defence'])).toEqual([
      { text: 'Ministry of ', isMatch: false },
      { text: 'DEFENSE', isMatch: true },
    ]);
  });

  it('leaves the text as one plain run without terms', () => {
    expect(splitByMatches('Pyongyang', [])).toEqual([{ text: 'Pyongyang', isMatch: false }]);
  });
});
