import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { createTinyDataset } from '../../test/tiny-dataset';
import { selectKeyboardSteps } from './keyboard-steps';

const everything = () => true;

describe('selectKeyboardSteps from a selected entity', () => {
  const dataset = loadBundledDataset();

  it('steps along each drawn relationship and announces it as a sentence', () => {
    const steps = selectKeyboardSteps(dataset, 'no-kwang-chol', everything);
    const met = steps.find((step) => step.relationship?.id === 'no-kwang-chol-met-andrey-belousov');
    expect(met).toMatchObject({
      entityId: 'andrey-belousov',
      announcement: 'No Kwang-chol — met — Andrey Belousov, stated',
    });
    const outgoing = dataset.outgoing.get('no-kwang-chol') ?? [];
    const incoming = dataset.incoming.get('no-kwang-chol') ?? [];
    expect(steps).toHaveLength(outgoing.length + incoming.length);
  });

  it('reads an incoming relationship from its source, and names its certainty', () => {
    const steps = selectKeyboardSteps(dataset, 'russian-delegation-to-north-korea', everything);
    const led = steps.find((step) => step.entityId === 'viktor-goremykin');
    expect(led?.announcement).toBe(
      'Viktor Goremykin — leads — Russian military-political delegation to North Korea, reported',
    );
  });

  it('uses a relationship’s own label', () => {
    const steps = selectKeyboardSteps(dataset, 'andrey-belousov', everything);
    expect(steps.map((step) => step.announcement)).toContain(
      'Andrey Belousov — Defense Minister of — Russian Ministry of Defense, stated',
    );
  });

  it('skips relationships that are not drawn', () => {
    const steps = selectKeyboardSteps(
      dataset,
      'no-kwang-chol',
      (id) => id !== 'no-kwang-chol-met-andrey-belousov',
    );
    expect(steps.map((step) => step.relationship?.id)).not.toContain(
      'no-kwang-chol-met-andrey-belousov',
    );
    expect(steps.map((step) => step.entityId)).toContain('andrey-belousov');
  });
});

describe('selectKeyboardSteps with nothing selected', () => {
  const tiny = createTinyDataset(
    ['zoe', ['berlin', 'place'], ['acme', 'organization'], 'mia'],
    [['zoe', 'met', 'mia']],
  );

  it('steps through every drawn entity by name, announcing name and type', () => {
    expect(selectKeyboardSteps(tiny, null, (id) => id !== 'mia')).toEqual([
      { entityId: 'acme', announcement: 'acme, organization' },
      { entityId: 'berlin', announcement: 'berlin, place' },
      { entityId: 'zoe', announcement: 'zoe, person' },
    ]);
  });

  it('treats an unknown selection as none', () => {
    expect(selectKeyboardSteps(tiny, 'ghost', everything)).toHaveLength(4);
  });
});
