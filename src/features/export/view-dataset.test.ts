import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../data/model/indexed-dataset';
import { validateDataset } from '../../data/schema/validate-dataset';
import { selectGraphView } from '../../view/graph-view';
import { BUNDLED_JSON, loadBundledDataset } from '../../test/bundled-dataset';
import { DEFAULT_VIEW, type ViewState } from '../../url/view-state';
import { selectViewDataset } from './view-dataset';

const dataset = loadBundledDataset();
/** The bundled file as Liaison reads it (defaults filled in), without the look-ups. */
const bundled = validateDataset(BUNDLED_JSON).dataset!;

/** What opening an exported file gives: its text read, validated, nothing else. */
function reopen(exported: unknown) {
  const { dataset: opened, problems } = validateDataset(JSON.parse(JSON.stringify(exported)));
  expect(problems).toEqual([]);
  return opened!;
}

function viewOf(state: Partial<ViewState>) {
  const view = selectGraphView(dataset, { ...DEFAULT_VIEW, ...state });
  return (id: string) => view.isDrawn(id) && !view.faded.has(id);
}

describe('selectViewDataset and the JSON round trip', () => {
  it('exports the whole view as the whole dataset, which opens again unchanged', () => {
    const exported = selectViewDataset(dataset, () => true);
    expect(exported).toEqual(bundled);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(bundled));
    expect(reopen(exported)).toEqual(exported);
  });

  it.each<[string, Partial<ViewState>]>([
    ['a focus', { focus: { id: 'viktor-goremykin', depth: 1, direction: 'both' }, others: 'hide' }],
    ['a faded focus', { focus: { id: 'no-kwang-chol', depth: 2, direction: 'out' } }],
    ['a path', { pathFrom: 'viktor-goremykin', pathTo: 'andrey-belousov' }],
    ['filters', { hiddenTypes: ['place', 'country'], hiddenCertainties: ['stated'] }],
  ])('exports %s as a valid dataset of what it shows, which opens again unchanged', (_, state) => {
    const isInView = viewOf(state);
    const exported = selectViewDataset(dataset, isInView);
    const opened = reopen(exported);
    expect(opened).toEqual(exported);
    // Exporting the reopened file gives the same file.
    const again = selectViewDataset(indexDataset(opened), () => true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    // Everything in view is there; what is there is in view or named by what is.
    for (const entity of dataset.entities.filter((e) => isInView(e.id))) {
      expect(exported.entities.map((e) => e.id)).toContain(entity.id);
    }
    expect(exported.relationships.every((r) => isInView(r.id))).toBe(true);
    expect(exported.entities.length).toBeLessThan(dataset.entities.length);
  });

  it('brings along the entities a relationship or a field names, so nothing dangles', () => {
    // Only the arrival event: its relative date names another event, its links their ends.
    const exported = selectViewDataset(
      dataset,
      (id) => id === 'russian-delegation-arrived-in-pyongyang',
    );
    const ids = exported.entities.map((entity) => entity.id);
    const arrival = dataset.relationshipById.get('russian-delegation-arrived-in-pyongyang')!;
    expect(ids).toEqual(expect.arrayContaining([arrival.source, arrival.target]));
    expect(exported.relationships).toEqual([arrival]);
    reopen(exported);
  });

  it('opens again for any set of entities and relationships in view', () => {
    const ids = [...dataset.entities.map((e) => e.id), ...dataset.relationships.map((r) => r.id)];
    fc.assert(
      fc.property(fc.subarray(ids), (shown) => {
        const inView = new Set(shown);
        const exported = selectViewDataset(dataset, (id) => inView.has(id));
        expect(reopen(exported)).toEqual(exported);
      }),
      { numRuns: 60 },
    );
  });
});
