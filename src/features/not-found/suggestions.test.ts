import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { suggestFor } from './suggestions';

const dataset = loadBundledDataset();
const ids = (kind: string, unknownId: string, limit?: number) =>
  suggestFor(dataset, kind, unknownId, limit).map((suggestion) => suggestion.id);

describe('suggestFor', () => {
  it.each([
    ['viktor-goremykn', 'viktor-goremykin'],
    ['victor-goremykin', 'viktor-goremykin'],
    ['pak-yong-il', 'park-yong-il'],
    ['ro-kwang-chul', 'no-kwang-chol'],
    ['andrei-belousov', 'andrey-belousov'],
  ])('suggests the entity an id like “%s” meant', (unknownId, id) => {
    expect(ids('entity', unknownId)[0]).toBe(id);
  });

  it('names entity suggestions and keeps to the limit', () => {
    const suggestions = suggestFor(dataset, 'entity', 'pyongyang', 3);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]).toEqual({ kind: 'entity', id: 'pyongyang', name: 'Pyongyang' });
  });

  it('suggests relationships sharing the most words of the id, titled as sentences', () => {
    const suggestions = suggestFor(dataset, 'relationship', 'goremykin-leads-delegation');
    expect(suggestions[0]).toEqual({
      kind: 'relationship',
      id: 'viktor-goremykin-leads-russian-delegation',
      name: 'Viktor Goremykin leads Russian military-political delegation to North Korea',
    });
    expect(suggestions.length).toBeLessThanOrEqual(5);
  });

  it('suggests no relationship when no word matches', () => {
    expect(ids('relationship', 'xylophone-quartet')).toEqual([]);
  });

  it('offers every source for an unknown source', () => {
    expect(suggestFor(dataset, 'source', 'old-report')).toEqual(
      dataset.sources.map((source) => ({
        kind: 'source',
        id: source.id,
        name: source.title,
      })),
    );
  });
});
