import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { canonicalTerm, tokenise } from './normalise';
import { excerpt, splitByMatches } from './search-snippet';

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
    ['Russian ministry of defence', 'russian-ministry-of-defense'],
    ['goremy', 'viktor-goremykin'],
    ['Goremykn', 'viktor-goremykin'],
    ['PÁRK yong-il', 'park-yong-il'],
    ['park yong il', 'park-yong-il'],
  ])('“%s” finds %s first', (query, id) => {
    expect(search.search(query)[0]?.id).toBe(id);
  });

  it('finds both ministries first for “ministry of defence”, “of” weighing nothing', () => {
    expect(
      search
        .search('ministry of defence')
        .slice(0, 2)
        .map((hit) => hit.id)
        .sort(),
    ).toEqual(['north-korean-ministry-of-defence', 'russian-ministry-of-defense']);
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

  it('never highlights a stop-word, even when asked to', () => {
    expect(splitByMatches('Ministry of Defense', ['of', 'defence'])).toEqual([
      { text: 'Ministry of ', isMatch: false },
      { text: 'Defense', isMatch: true },
    ]);
  });

  it('leaves the text as one plain run without terms', () => {
    expect(splitByMatches('Pyongyang', [])).toEqual([{ text: 'Pyongyang', isMatch: false }]);
  });
});

describe('search finds relationships and quotes', () => {
  const { search } = loadBundledDataset();

  it('lists the greetings for “greeted”, relationships opening as relationships', () => {
    const greetings = search
      .search('greeted')
      .filter((hit) => hit.kind === 'relationship' && hit.type === 'greeted')
      .map((hit) => hit.id);
    expect(greetings.sort()).toEqual([
      'alexander-matsegora-greeted-russian-delegation',
      'park-yong-il-greeted-russian-delegation',
    ]);
  });

  it('reads a relationship as its sentence', () => {
    const hit = search.search('greeted').find((item) => item.kind === 'relationship');
    expect(hit?.name).toMatch(/greeted Russian military-political delegation/);
  });

  it('finds an entity by words only its quotes hold, and shows the quote', () => {
    const hit = search.search('greeted').find((item) => item.id === 'arrival-in-pyongyang');
    expect(hit?.snippet).toEqual({
      field: 'quote',
      text: 'The delegation was greeted by Park Yong-il',
    });
  });

  it('shows the alias that matched', () => {
    expect(search.search('KPA')[0]).toMatchObject({
      id: 'korean-peoples-army',
      snippet: { field: 'alias', text: 'KPA' },
    });
  });

  it('shows no snippet when the name shows every word, in whatever spelling', () => {
    expect(search.search('Pak Yong Il')[0]?.snippet).toBeNull();
    expect(search.search('korea')[0]?.snippet).toBeNull();
  });

  it('keeps to entities when asked', () => {
    expect(search.search('greeted', { kind: 'entity' }).every((hit) => hit.kind === 'entity')).toBe(
      true,
    );
  });

  it('ignores stop-words: alone they find nothing, in a query they match nothing', () => {
    expect(search.search('the of a')).toEqual([]);
    const [first] = search.search('the ministry of defence');
    expect(first?.terms).not.toContain('of');
    expect(first?.terms).not.toContain('the');
  });
});

describe('excerpt', () => {
  const long =
    'In a related development last month, North Korean Defense Minister No Kwang-chol led a military delegation to Russia, where he met his counterpart.';

  it('keeps a short text whole', () => {
    expect(excerpt('greeted by Park Yong-il', ['greeted'])).toBe('greeted by Park Yong-il');
  });

  it('cuts a long text around its first match at word boundaries', () => {
    const cut = excerpt(long, ['delegation'], 20);
    expect(cut).toMatch(/^….*delegation.*…$/);
    expect(long).toContain(cut.slice(1, -1));
    expect(cut.slice(1, -1)).toMatch(/^\S.*\S$/);
  });

  it('starts at the beginning when the match is near it', () => {
    expect(excerpt(long, ['related'], 20)).toMatch(/^In a related development/);
  });
});
