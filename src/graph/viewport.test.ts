import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CLASSES } from './stylesheet';
import { FRAME_MAX_ZOOM } from './scale-policy';
import { createViewportPolicy, fitViewport } from './viewport';

const limits = { padding: 10, minZoom: 0.1, maxZoom: 4 };

describe('fitViewport', () => {
  it('centres the box and fits its longer side', () => {
    const target = fitViewport(
      { x1: 0, y1: 0, x2: 200, y2: 100 },
      { width: 420, height: 420 },
      limits,
    );
    expect(target.zoom).toBe(2);
    expect(target.pan).toEqual({ x: 10, y: 110 });
  });

  it('keeps within the zoom limits', () => {
    const tiny = fitViewport({ x1: 0, y1: 0, x2: 1, y2: 1 }, { width: 500, height: 500 }, limits);
    const huge = fitViewport(
      { x1: 0, y1: 0, x2: 1e6, y2: 1e6 },
      { width: 500, height: 500 },
      limits,
    );
    expect([tiny.zoom, huge.zoom]).toEqual([4, 0.1]);
  });
});

/** Headless Cytoscape reports a 1 × 1 viewport, so the fitted zooms here are small. */
function createGraph(): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    minZoom: 1e-4,
    maxZoom: 4,
    elements: ['a', 'b', 'c'].map((id) => ({ group: 'nodes' as const, data: { id } })),
    style: [
      { selector: 'node', style: { width: 10, height: 10 } },
      { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    ],
  });
  cy.$id('a').position({ x: 0, y: 0 });
  cy.$id('b').position({ x: 100, y: 0 });
  cy.$id('c').position({ x: 1000, y: 0 });
  onTestFinished(() => cy.destroy());
  return cy;
}

describe('createViewportPolicy', () => {
  it('frames the chosen elements and keeps them framed after a layout', () => {
    const cy = createGraph();
    const policy = createViewportPolicy(cy, () => true);
    policy.frame(['a', 'b']);
    const framedZoom = cy.zoom();
    policy.fit();
    expect(cy.zoom()).toBeLessThan(framedZoom);
    policy.frame(['a', 'b']);
    cy.zoom(1);
    policy.afterLayout();
    expect(cy.zoom()).toBe(framedZoom);
  });

  it('leaves a viewport the user moved alone when the container resizes', () => {
    const cy = createGraph();
    const policy = createViewportPolicy(cy, () => true);
    policy.fit();
    policy.markUserViewport();
    cy.zoom(2);
    policy.afterResize();
    expect(cy.zoom()).toBe(2);
  });

  it('fits only what is drawn', () => {
    const cy = createGraph();
    const policy = createViewportPolicy(cy, () => true);
    policy.fit();
    const withC = cy.zoom();
    cy.$id('c').addClass(CLASSES.hidden);
    policy.fit();
    expect(cy.zoom()).toBeGreaterThan(withC);
  });

  it('never zooms a framed handful closer than the framing limit', () => {
    const cy = createGraph();
    const policy = createViewportPolicy(cy, () => true);
    cy.resize = () => cy;
    Object.assign(cy, { width: () => 10_000, height: () => 10_000 });
    policy.frame(['a']);
    expect(cy.zoom()).toBe(FRAME_MAX_ZOOM);
  });

  it('animates a change of view, unless the user prefers reduced motion', () => {
    const moving = createGraph();
    createViewportPolicy(moving, () => false).fit();
    expect(moving.animated()).toBe(true);
    const still = createGraph();
    createViewportPolicy(still, () => true).fit();
    expect(still.animated()).toBe(false);
  });
});
