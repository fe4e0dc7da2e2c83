import { describe, expect, it } from 'vitest';
import { parseTimeWindow } from '../data/time/time-points';
import { loadBundledDataset } from '../test/bundled-dataset';
import { DEFAULT_VIEW, type ViewState } from '../url/view-state';
import { selectGraphView } from './graph-view';

const dataset = loadBundledDataset();
const view = (state: Partial<ViewState>) => selectGraphView(dataset, { ...DEFAULT_VIEW, ...state });
const drawnEntities = (state: Partial<ViewState>) => {
  const graph = view(state);
  return dataset.entities.map((entity) => entity.id).filter((id) => !graph.hidden.has(id));
};
const within = (text: string) => ({ timeWindow: parseTimeWindow(text) });

describe('a time window on the graph', () => {
  it('keeps June 2023: the treaty signing, the treaty and the two signatories', () => {
    expect(drawnEntities(within('2023-06..2023-06')).sort()).toEqual([
      'comprehensive-strategic-partnership-treaty',
      'north-korea',
      'russia',
      'treaty-signing',
    ]);
  });

  it('keeps last month: the visit, the meeting, the ceremony and who took part, not the arrival', () => {
    const drawn = drawnEntities(within('pub-1m..pub-1m'));
    for (const id of [
      'north-korean-delegation-visit-to-russia',
      'defence-ministers-meeting',
      'patriot-park-ceremony',
      'no-kwang-chol',
      'andrey-belousov',
      'patriot-park',
    ]) {
      expect(drawn).toContain(id);
    }
    for (const id of ['arrival-in-pyongyang', 'treaty-signing', 'viktor-goremykin', 'pyongyang']) {
      expect(drawn).not.toContain(id);
    }
  });

  it('never keeps an undated event, and keeps the selection whatever the window', () => {
    expect(drawnEntities(within('2000..pub'))).not.toContain('wreath-laying-at-liberation-tower');
    const onWreath = {
      ...within('2023-06..2023-06'),
      page: { kind: 'entity' as const, id: 'wreath-laying-at-liberation-tower' },
    };
    expect(drawnEntities(onWreath)).toContain('wreath-laying-at-liberation-tower');
  });

  it('counts what it draws, and says the view is partial', () => {
    const graph = view(within('2023-06..2023-06'));
    expect(graph).toMatchObject({ visibleNodeCount: 4, isPartial: true });
    const edges = dataset.relationships.filter((relationship) => graph.isDrawn(relationship.id));
    expect(graph.visibleEdgeCount).toBe(edges.length);
    expect(
      edges.every(({ source, target }) => !graph.hidden.has(source) && !graph.hidden.has(target)),
    ).toBe(true);
  });
});

describe('a walkthrough on the graph', () => {
  const atStep = (step: number) =>
    view({ page: { kind: 'walkthrough', id: 'delegation-visit-report' }, step });

  it('draws what the story has told, what the paragraph adds emphasised', () => {
    const first = atStep(1);
    const second = atStep(2);
    expect(first.hidden.has('viktor-goremykin')).toBe(true);
    expect(second.hidden.has('viktor-goremykin')).toBe(false);
    expect(second.emphasised.has('viktor-goremykin')).toBe(true);
    expect(second.emphasised.has('main-military-political-directorate')).toBe(false);
    expect(second.hidden.has('main-military-political-directorate')).toBe(false);
    expect(second.visibleNodeCount).toBeGreaterThan(first.visibleNodeCount);
    expect(atStep(7).visibleNodeCount).toBe(dataset.entities.length);
  });

  it('frames all that is told, anew at every step', () => {
    expect(atStep(2).frame?.ids).toHaveLength(
      atStep(2).visibleNodeCount + atStep(2).visibleEdgeCount,
    );
    expect(atStep(2).frame?.key).not.toBe(atStep(3).frame?.key);
  });
});
