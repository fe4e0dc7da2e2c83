import { describe, expect, it } from 'vitest';
import {
  LABEL_PRIORITY,
  labelBox,
  placeLabels,
  selectCoveringLabels,
  type LabelCandidate,
} from './label-policy';

/** A 20 px node at (x, y) with a 60 × 14 px label. */
const candidate = (id: string, x: number, y: number, priority = 0): LabelCandidate => ({
  id,
  priority,
  node: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
  width: 60,
  height: 14,
});
const view = { x1: 0, y1: 0, x2: 1000, y2: 1000 };

describe('placeLabels', () => {
  it('lays an ordinary label over another node only at a corner; what the view is about, anywhere', () => {
    // Nodes left, right, above and below x at 30 px: every place around x is half covered.
    const boxed = (id: string, x: number, y: number) => ({ id, box: candidate(id, x, y).node });
    const around = [
      boxed('l', 40, 100),
      boxed('r', 160, 100),
      boxed('u', 100, 72),
      boxed('d', 100, 128),
    ];
    const x = (priority: number) =>
      placeLabels([candidate('x', 100, 100, priority)], new Set(), around, view);
    expect(x(5).has('x')).toBe(false);
    expect(x(LABEL_PRIORITY.neighbour).has('x')).toBe(true);
    // Every place around x grazes a node at its corner (about 5 % of the label): still drawn.
    const grazing = [
      boxed('a', 135, 128),
      boxed('b', 135, 72),
      boxed('c', 180, 100),
      boxed('e', 20, 100),
    ];
    const grazed = placeLabels([candidate('x', 100, 100, 5)], new Set(), grazing, view);
    expect(grazed.get('x')).toBe('below');
  });

  it('puts a label below its node when there is room', () => {
    expect(placeLabels([candidate('a', 100, 100)], new Set(), [], view)).toEqual(
      new Map([['a', 'below']]),
    );
  });

  it('moves a label around its node rather than over another one', () => {
    // b sits just below a: a's label goes below a, b's cannot, so it goes below b... or elsewhere.
    const placed = placeLabels(
      [candidate('a', 100, 100, 10), candidate('b', 100, 130, 1)],
      new Set(),
      [],
      view,
    );
    expect(placed.get('a')).toBe('below');
    expect(placed.get('b')).not.toBe(undefined);
    const boxes = [...placed].map(([id, placement]) =>
      labelBox(id === 'a' ? candidate('a', 100, 100) : candidate('b', 100, 130), placement),
    );
    expect(
      boxes[0]!.y2 <= boxes[1]!.y1 ||
        boxes[1]!.y2 <= boxes[0]!.y1 ||
        boxes[0]!.x2 <= boxes[1]!.x1 ||
        boxes[1]!.x2 <= boxes[0]!.x1,
    ).toBe(true);
  });

  // Five nodes on one spot: four places around it, so one label has nowhere to go.
  const crowd = (forced?: string) =>
    placeLabels(
      [5, 4, 3, 2, 1].map((priority) => candidate(`p${priority}`, 500, 500, priority)),
      new Set(forced ? [forced] : []),
      [],
      view,
    );

  it('leaves out the least important label when there is no room left', () => {
    expect([...crowd().keys()].sort()).toEqual(['p2', 'p3', 'p4', 'p5']);
  });

  it('always shows a forced label (hover, keyboard cursor), whatever its rank', () => {
    const placed = crowd('p1');
    expect(placed.get('p1')).toBe('below');
    expect(placed.has('p2')).toBe(false);
  });

  it('keeps labels inside the view, moving them to the side that has room', () => {
    expect(placeLabels([candidate('east', 995, 500)], new Set(), [], view).get('east')).toBe(
      'left',
    );
    expect(placeLabels([candidate('west', 5, 500)], new Set(), [], view).get('west')).toBe('right');
    const corner = { x1: 0, y1: 0, x2: 40, y2: 40 };
    expect(placeLabels([candidate('tight', 20, 20)], new Set(), [], corner).size).toBe(0);
  });

  it('prefers a place that covers no other node', () => {
    const obstacle = { id: 'other', box: { x1: 80, y1: 112, x2: 120, y2: 130 } };
    expect(placeLabels([candidate('a', 100, 100)], new Set(), [obstacle], view).get('a')).toBe(
      'above',
    );
  });
});

describe('selectCoveringLabels', () => {
  it('finds the later of two labels drawn over one another', () => {
    const box = { x1: 0, y1: 0, x2: 50, y2: 10 };
    expect(
      selectCoveringLabels([
        { id: 'first', box },
        { id: 'second', box: { ...box, x1: 40, x2: 90 } },
        { id: 'apart', box: { ...box, y1: 100, y2: 110 } },
      ]),
    ).toEqual(new Set(['second']));
  });
});
