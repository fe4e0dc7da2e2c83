import { describe, expect, it } from 'vitest';
import { createTinyDataset } from '../test/tiny-dataset';
import { DEFAULT_VIEW, type ViewState } from '../url/view-state';
import { selectGraphView, type GraphView } from './graph-view';

// alice heads acme; alice met bob (speculated); bob attended the gala, held in paris,
// where acme sits.
const dataset = createTinyDataset(
  ['alice', 'bob', ['acme', 'organization'], ['gala', 'event'], ['paris', 'place']],
  [
    ['alice', 'heads', 'acme'],
    ['alice', 'met', 'bob', 'speculated'],
    ['bob', 'attended', 'gala', 'reported'],
    ['gala', 'took-place-at', 'paris'],
    ['acme', 'located-in', 'paris'],
  ],
);
const view = (state: Partial<ViewState>) => selectGraphView(dataset, { ...DEFAULT_VIEW, ...state });
const sorted = (ids: Iterable<string>) => [...ids].sort();
const allIds = [...dataset.entities, ...dataset.relationships].map((item) => item.id);
const notDrawn = (graph: GraphView) => allIds.filter((id) => !graph.isDrawn(id)).sort();
const onEntity = (id: string) => ({ page: { kind: 'entity' as const, id } });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

describe('selectGraphView', () => {
  it('draws everything by default', () => {
    const graph = view({});
    expect(graph).toMatchObject({ visibleNodeCount: 5, visibleEdgeCount: 5, selected: null });
    expect(sorted(graph.hidden)).toEqual([]);
    expect(sorted(graph.faded)).toEqual([]);
  });

  it.each<
    [what: string, state: Partial<ViewState>, hidden: string[], nodes: number, edges: number]
  >([
    [
      'an entity type',
      { hiddenTypes: ['person'] },
      ['alice', 'alice-heads-acme', 'alice-met-bob', 'bob', 'bob-attended-gala'],
      3,
      2,
    ],
    [
      'a relationship type',
      { hiddenRelationships: ['met', 'located-in'] },
      ['acme-located-in-paris', 'alice-met-bob'],
      5,
      3,
    ],
    [
      'a certainty, and the entity it leaves unlinked',
      { hiddenCertainties: ['speculated', 'reported'] },
      ['alice-met-bob', 'bob', 'bob-attended-gala'],
      4,
      3,
    ],
    [
      'a certainty, keeping unlinked entities when asked',
      { hiddenCertainties: ['speculated', 'reported'], unlinked: 'show' },
      ['alice-met-bob', 'bob-attended-gala'],
      5,
      3,
    ],
  ])('hides %s and counts what is left', (_, state, hidden, nodes, edges) => {
    const graph = view(state);
    expect(notDrawn(graph)).toEqual(hidden);
    expect([graph.visibleNodeCount, graph.visibleEdgeCount]).toEqual([nodes, edges]);
  });

  it('leaves the links of a hidden entity to Cytoscape, which hides them with it', () => {
    expect(sorted(view({ hiddenTypes: ['person'] }).hidden)).toEqual(['alice', 'bob']);
    const focused = view({ focus: { id: 'paris', depth: 1, direction: 'both' }, others: 'hide' });
    expect(sorted(focused.hidden)).toEqual(['alice', 'bob']);
  });

  it('counts what filters leave unlinked, and says the view is partial', () => {
    const graph = view({ hiddenCertainties: ['speculated', 'reported'] });
    expect(graph.unlinkedCount).toBe(1);
    expect(graph.isPartial).toBe(true);
    expect(view({}).isPartial).toBe(false);
  });

  it('fades everything off a path and frames the path', () => {
    const graph = view({ pathFrom: 'alice', pathTo: 'paris' });
    expect(sorted(graph.path)).toEqual([
      'acme',
      'acme-located-in-paris',
      'alice',
      'alice-heads-acme',
      'paris',
    ]);
    expect(sorted(graph.faded)).toEqual([
      'alice-met-bob',
      'bob',
      'bob-attended-gala',
      'gala',
      'gala-took-place-at-paris',
    ]);
    expect(graph.frame?.ids.sort()).toEqual(sorted(graph.path));
  });

  it('frames an opened entity with its neighbours', () => {
    expect(view(onEntity('bob')).frame).toEqual({
      key: 'entity:bob',
      ids: expect.arrayContaining(['bob', 'alice', 'gala', 'alice-met-bob', 'bob-attended-gala']),
    });
  });

  it('keeps the selected entity drawn when its type is hidden', () => {
    const graph = view({ ...onEntity('alice'), hiddenTypes: ['person'] });
    expect(graph.selected).toBe('alice');
    expect(graph.hidden.has('alice')).toBe(false);
    expect(graph.hidden.has('bob')).toBe(true);
    expect(graph.hidden.has('alice-heads-acme')).toBe(false);
    expect([graph.visibleNodeCount, graph.visibleEdgeCount]).toEqual([4, 3]);
  });

  it('keeps the selected relationship drawn when the type of one end is hidden', () => {
    // An edge cannot be drawn without both its nodes, so keeping it means keeping its ends.
    const graph = view({
      page: { kind: 'relationship', id: 'alice-heads-acme' },
      hiddenTypes: ['person'],
    });
    expect(graph.hidden.has('alice-heads-acme')).toBe(false);
    expect(graph.hidden.has('alice')).toBe(false);
    expect(graph.visibleEdgeCount).toBe(3);
  });

  it('fades what lies outside the focus', () => {
    const graph = view({ focus: { id: 'paris', depth: 1, direction: 'both' } });
    expect(sorted(graph.faded)).toEqual([
      'alice',
      'alice-heads-acme',
      'alice-met-bob',
      'bob',
      'bob-attended-gala',
    ]);
    expect(sorted(graph.hidden)).toEqual([]);
    expect([graph.visibleNodeCount, graph.visibleEdgeCount]).toEqual([5, 5]);
  });

  it('hides what lies outside the focus when asked to', () => {
    const graph = view({ focus: { id: 'paris', depth: 1, direction: 'both' }, others: 'hide' });
    expect(sorted(graph.faded)).toEqual([]);
    expect(notDrawn(graph)).toEqual([
      'alice',
      'alice-heads-acme',
      'alice-met-bob',
      'bob',
      'bob-attended-gala',
    ]);
    expect([graph.visibleNodeCount, graph.visibleEdgeCount]).toEqual([3, 2]);
  });

  it.each<[depth: 1 | 2, hidden: string[]]>([
    [
      1,
      ['acme-located-in-paris', 'bob-attended-gala', 'gala', 'gala-took-place-at-paris', 'paris'],
    ],
    // Both ends are near, but the relationship is not on the way out from alice.
    [2, ['gala-took-place-at-paris']],
  ])('follows the focus out to depth %i', (depth, hidden) => {
    const graph = view({ focus: { id: 'alice', depth, direction: 'out' }, others: 'hide' });
    expect(notDrawn(graph)).toEqual(hidden);
  });

  it('never hides or fades the selected entity, even outside the focus', () => {
    const graph = view({
      ...onEntity('alice'),
      focus: { id: 'paris', depth: 1, direction: 'both' },
      others: 'hide',
    });
    expect(graph.hidden.has('alice')).toBe(false);
  });

  it('emphasises the selection and its neighbours along allowed relationships', () => {
    expect(sorted(view(onEntity('alice')).emphasised)).toEqual([
      'acme',
      'alice',
      'alice-heads-acme',
      'alice-met-bob',
      'bob',
    ]);
    const filtered = view({ ...onEntity('alice'), hiddenRelationships: ['met'] });
    expect(sorted(filtered.emphasised)).toEqual(['acme', 'alice', 'alice-heads-acme']);
    const link = view({ page: { kind: 'relationship', id: 'alice-met-bob' } });
    expect(sorted(link.emphasised)).toEqual(['alice', 'bob']);
    expect(link.selected).toBe('alice-met-bob');
  });

  it('marks the shortest path and never hides or fades it', () => {
    const focus = { id: 'bob', depth: 1, direction: 'both' } as const;
    const path = ['acme', 'acme-located-in-paris', 'alice', 'alice-heads-acme', 'paris'];
    for (const others of ['hide', 'fade'] as const) {
      const graph = view({ pathFrom: 'alice', pathTo: 'paris', focus, others });
      expect(sorted(graph.path)).toEqual(path);
      expect(graph.paths.map((found) => found.entityIds)).toEqual([['alice', 'acme', 'paris']]);
      for (const id of path) {
        expect(graph.hidden.has(id), id).toBe(false);
        expect(graph.faded.has(id), id).toBe(false);
      }
    }
  });

  it('frames the focus, or the path when there is one, and nothing otherwise', () => {
    expect(view({}).frame).toBeNull();
    const focus = { id: 'paris', depth: 1, direction: 'both' } as const;
    const focused = view({ focus }).frame!;
    expect(sorted(focused.ids)).toEqual(['acme', 'gala', 'paris']);
    expect(view({ focus: { ...focus, depth: 2 } }).frame!.key).not.toBe(focused.key);
    const withPath = view({ focus, pathFrom: 'alice', pathTo: 'paris' }).frame!;
    expect(sorted(withPath.ids)).toEqual([
      'acme',
      'acme-located-in-paris',
      'alice',
      'alice-heads-acme',
      'paris',
    ]);
  });

  it('finds paths only along relationships the filters allow', () => {
    const graph = view({ pathFrom: 'alice', pathTo: 'paris', hiddenTypes: ['organization'] });
    expect(graph.paths.map((found) => found.entityIds)).toEqual([
      ['alice', 'bob', 'gala', 'paris'],
    ]);
    expect(graph.isRelationshipAllowed(dataset.relationshipById.get('alice-heads-acme')!)).toBe(
      false,
    );
  });

  describe('as an overview (show)', () => {
    // Ranked: alice, acme, bob, paris, gala (grown from alice along its links, each has two).
    it('draws only the best connected, and says so', () => {
      const graph = view({ show: 2 });
      expect(ids(graph.canvas.entities)).toEqual(['acme', 'alice']);
      expect(graph.overview).toEqual({ limit: 2, total: 5 });
      expect([graph.visibleNodeCount, graph.visibleEdgeCount]).toEqual([2, 1]);
      expect(graph.isPartial).toBe(true);
      expect(graph.isDrawn('bob')).toBe(false);
      expect(graph.isDrawn('alice-heads-acme')).toBe(true);
      expect(view({ show: 'all' }).overview).toBeNull();
      // A table or an export still holds what the overview leaves out of the canvas.
      expect(graph.isInView('bob')).toBe(true);
      expect(view({ show: 2, hiddenTypes: ['organization'] }).isInView('acme')).toBe(false);
    });

    it('brings in the selection and its neighbours, and frames them', () => {
      const graph = view({ show: 3, ...onEntity('paris') });
      expect(ids(graph.canvas.entities)).toEqual(['acme', 'alice', 'bob', 'gala', 'paris']);
      expect([...graph.canvas.extras].sort()).toEqual(['gala', 'paris']);
      expect(sorted(graph.frame!.ids)).toEqual(sorted(graph.emphasised));
    });

    it('brings in a path and a focus, and names only what the canvas holds', () => {
      const pathed = view({ show: 1, pathFrom: 'alice', pathTo: 'paris' });
      expect(ids(pathed.canvas.entities)).toEqual(['acme', 'alice', 'paris']);
      expect(sorted(pathed.faded)).toEqual([]);
      const focused = view({ show: 1, focus: { id: 'gala', depth: 1, direction: 'both' } });
      expect(ids(focused.canvas.entities)).toContain('gala');
      for (const id of [...focused.prominent, ...focused.faded, ...focused.frame!.ids]) {
        expect(focused.canvas.has(id), id).toBe(true);
      }
    });
  });
});
