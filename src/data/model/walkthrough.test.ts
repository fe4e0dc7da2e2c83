import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { deriveWalkthrough, selectStoryStep, toParagraphs } from './walkthrough';

const dataset = loadBundledDataset();
const SOURCE = dataset.sources[0]!;
const walkthrough = deriveWalkthrough(dataset, SOURCE.id);

describe('toParagraphs', () => {
  it('gives every non-blank line with its offsets, numbered from 1', () => {
    const text = '\nFirst line.\n\nSecond.\n';
    expect(toParagraphs(text)).toEqual([
      { number: 1, start: 1, end: 12 },
      { number: 2, start: 14, end: 21 },
    ]);
    expect(text.slice(14, 21)).toBe('Second.');
  });

  it('finds the seven paragraphs of the bundled report', () => {
    const paragraphs = toParagraphs(SOURCE.text);
    expect(paragraphs).toHaveLength(7);
    expect(SOURCE.text.slice(paragraphs[3]!.start, paragraphs[3]!.end)).toMatch(/^Given that/);
  });
});

describe('deriveWalkthrough', () => {
  it('introduces each entity where the source first gives evidence for it', () => {
    expect(walkthrough.introducedAt.get('main-military-political-directorate')).toBe(1);
    expect(walkthrough.introducedAt.get('viktor-goremykin')).toBe(2);
    expect(walkthrough.introducedAt.get('liberation-tower')).toBe(3);
    expect(walkthrough.introducedAt.get('analysts')).toBe(4);
    expect(walkthrough.introducedAt.get('treaty-signing')).toBe(5);
    expect(walkthrough.introducedAt.get('andrey-belousov')).toBe(6);
    expect(walkthrough.introducedAt.get('no-kwang-chol-declaration')).toBe(7);
  });

  it('introduces a relationship no earlier than both its ends', () => {
    for (const relationship of dataset.relationships) {
      const at = walkthrough.introducedAt.get(relationship.id)!;
      expect(at).toBeGreaterThanOrEqual(walkthrough.introducedAt.get(relationship.source)!);
      expect(at).toBeGreaterThanOrEqual(walkthrough.introducedAt.get(relationship.target)!);
    }
    // Its evidence starts in paragraph 1, but the North Korean visit is told in paragraph 6.
    expect(walkthrough.introducedAt.get('north-korean-visit-related-to-russian-visit')).toBe(6);
  });

  it('introduces nothing for a source the dataset does not have', () => {
    expect(deriveWalkthrough(dataset, 'nothing')).toEqual({
      paragraphs: [],
      introducedAt: new Map(),
    });
  });
});

describe('selectStoryStep', () => {
  it('tells more at every step, and what a step adds is what it tells anew', () => {
    let before = new Set<string>();
    for (const paragraph of walkthrough.paragraphs) {
      const { told, added } = selectStoryStep(walkthrough, paragraph.number);
      expect([...before].every((id) => told.has(id))).toBe(true);
      expect([...added].sort()).toEqual([...told].filter((id) => !before.has(id)).sort());
      before = told;
    }
    expect(before.size).toBe(dataset.entities.length + dataset.relationships.length);
  });

  it('adds the newspaper, the arrival and its greeters in paragraph 2', () => {
    const { added } = selectStoryStep(walkthrough, 2);
    for (const id of ['rodong-sinmun', 'arrival-in-pyongyang', 'park-yong-il']) {
      expect(added.has(id)).toBe(true);
    }
    expect(added.has('main-military-political-directorate')).toBe(false);
  });
});
