import { describe, expect, it } from 'vitest';
import { createTinyDataset } from '../../test/tiny-dataset';
import { currentEntityId, resolveEntityId } from './resolve-entity';

const dataset = createTinyDataset(['alice', 'bob'], [['alice', 'met', 'bob']]);

describe('resolveEntityId', () => {
  it('knows the entities of the dataset, and nothing else without redirects', () => {
    expect(resolveEntityId(dataset, 'alice')).toEqual({
      kind: 'known',
      id: 'alice',
      entity: dataset.entityById.get('alice'),
    });
    expect(resolveEntityId(dataset, 'carol')).toEqual({ kind: 'unknown', id: 'carol' });
    expect(currentEntityId(dataset, 'carol')).toBeNull();
  });

  it('follows a merge map to the entity an id became, chains included', () => {
    const merged = {
      ...dataset,
      redirects: new Map([
        ['alicia', 'alice'],
        ['ali', 'alicia'],
        ['loop-a', 'loop-b'],
        ['loop-b', 'loop-a'],
        ['lost', 'nobody'],
      ]),
    };
    expect(resolveEntityId(merged, 'ali')).toEqual({
      kind: 'merged',
      id: 'ali',
      into: 'alice',
      entity: dataset.entityById.get('alice'),
    });
    expect(currentEntityId(merged, 'alicia')).toBe('alice');
    expect(currentEntityId(merged, 'bob')).toBe('bob');
    for (const id of ['loop-a', 'lost']) expect(resolveEntityId(merged, id).kind).toBe('unknown');
  });
});
