import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/liaison.json';
import { foldText } from '../../lib/fold-text';
import { suggestNames } from './names';

const names = (text: string, known: string[] = []) =>
  suggestNames(text, { names: known }).map((suggestion) => suggestion.name);

describe('suggestNames', () => {
  it('finds capitalised names with their connectors, apostrophes and hyphens', () => {
    expect(
      names('The envoy met Park Yong-il at the Ministry of Foreign Affairs and Seán O’Brien.'),
    ).toEqual(['Park Yong-il', 'Ministry of Foreign Affairs', 'Seán O’Brien']);
    expect(names('She quoted Bashar al-Assad and the Bank of the West.')).toEqual([
      'Bashar al-Assad',
      'Bank of the West',
    ]);
  });

  it('drops the words that only open a sentence, but not the names that do', () => {
    expect(names('The delegation left. Upon arrival, Moscow replied. Moscow is cold.')).toEqual([
      'Moscow',
    ]);
    expect(names('During the visit, Minister No spoke.')).toEqual(['Minister No']);
  });

  it('splits possessives, but keeps a plural’s possessive inside a name', () => {
    expect(names('Russia’s Main Directorate met the Korean People’s Army.')).toEqual([
      'Russia',
      'Main Directorate',
      'Korean People’s Army',
    ]);
  });

  it('takes titles off a full name, and keeps a title with a surname alone', () => {
    expect(
      names('They met Defense Minister Andrey Belousov. Later Minister Belousov left.'),
    ).toEqual(['Andrey Belousov', 'Minister Belousov']);
    expect(names('He is Deputy Director of the General Political Bureau.')).toEqual([
      'General Political Bureau',
    ]);
  });

  it('leaves out dates and peoples’ adjectives', () => {
    expect(names('On Thursday the Russian and North Korean envoys met in June.')).toEqual([]);
  });

  it('counts occurrences, gives the first, and leaves out what the dataset knows', () => {
    const text = 'Pyongyang hosted them. They left Pyongyang for Moscow.';
    expect(suggestNames(text, { names: [] })).toEqual([
      { name: 'Pyongyang', start: 0, end: 9, occurrences: 2 },
      { name: 'Moscow', start: 47, end: 53, occurrences: 1 },
    ]);
    expect(names(text, ['pyongyang'])).toEqual(['Moscow']);
  });
});

/**
 * Recall on the bundled article: of its named things, how many the finder suggests (by name or
 * alias, folded as the search folds) when the dataset knows none. The figures are the floor
 * measured when the finder was written; a change may raise them, never lower them.
 */
describe('suggestNames on the bundled article', () => {
  const NAMED = new Set([
    'person',
    'organization',
    'delegation',
    'place',
    'country',
    'document',
    'monument',
  ]);
  const text = raw.sources[0]!.text;
  const key = (name: string) => foldText(name).replace(/^the /, '');
  const spellings = (entity: { name: string; aliases?: string[] }) =>
    [entity.name, ...(entity.aliases ?? [])].map(key);
  const named = raw.entities.filter((entity) => NAMED.has(entity.type));
  const suggested = new Set(names(text).map(key));

  it('suggests at least 17 of the 24 named things (71% recall)', () => {
    const found = named.filter((entity) => spellings(entity).some((name) => suggested.has(name)));
    expect(named).toHaveLength(24);
    expect(found.length).toBeGreaterThanOrEqual(17);
  });

  it('is right at least 20 times in 22 (91% precision)', () => {
    const known = new Set(named.flatMap(spellings));
    const right = [...suggested].filter((name) => known.has(name));
    expect(right.length / suggested.size).toBeGreaterThanOrEqual(20 / 22);
  });

  it('suggests nothing the dataset already names', () => {
    const all = raw.entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? [])]);
    expect(suggestNames(text, { names: all }).map((s) => s.name)).toEqual(['Defense', 'Soviet']);
  });
});
