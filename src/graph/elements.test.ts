import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/bundled-dataset';
import { toElements } from './elements';
import { DARK_PALETTE, LIGHT_PALETTE } from './palette';
import { createSeededRandom, withSeededRandom } from './seeded-random';
import { CLASSES, createStylesheet } from './stylesheet';

const dataset = loadBundledDataset();
const { entities, relationships } = dataset;
const elements = toElements(dataset);

function createGraph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: createStylesheet(LIGHT_PALETTE),
  });
}

describe('toElements', () => {
  it('gives one node per entity and one edge per relationship', () => {
    const nodes = elements.filter((element) => element.group === 'nodes');
    const edges = elements.filter((element) => element.group === 'edges');
    expect(nodes.map((node) => node.data.id)).toEqual(entities.map((entity) => entity.id));
    expect(edges.map((edge) => edge.data.id)).toEqual(relationships.map((item) => item.id));
  });

  it('labels nodes with names and edges with readable relationship labels', () => {
    const byId = new Map(elements.map((element) => [element.data.id, element.data]));
    expect(byId.get('viktor-goremykin')).toEqual({
      id: 'viktor-goremykin',
      label: 'Viktor Goremykin',
      type: 'person',
    });
    expect(byId.get('viktor-goremykin-leads-russian-delegation')).toEqual({
      id: 'viktor-goremykin-leads-russian-delegation',
      source: 'viktor-goremykin',
      target: 'russian-delegation-to-north-korea',
      label: 'leads',
      type: 'leads',
      certainty: 'reported',
    });
    // A relationship's own label wins over its type's.
    expect(byId.get('viktor-goremykin-deputy-of-russian-ministry-of-defense')?.['label']).toBe(
      'Deputy Minister of',
    );
  });
});

describe('the elements in headless Cytoscape', () => {
  let cy: cytoscape.Core | undefined;
  afterEach(() => cy?.destroy());

  it('loads every element, with no dangling edge', () => {
    cy = createGraph();
    expect(cy.nodes()).toHaveLength(entities.length);
    expect(cy.edges()).toHaveLength(relationships.length);
    cy.edges().forEach((edge) => {
      expect(edge.source().nonempty(), edge.id()).toBe(true);
      expect(edge.target().nonempty(), edge.id()).toBe(true);
    });
  });

  it('keeps parallel relationships between the same pair as separate edges', () => {
    cy = createGraph();
    const between = cy
      .getElementById('no-kwang-chol')
      .edgesWith(cy.getElementById('andrey-belousov'));
    expect(between.map((edge) => edge.data('type')).sort()).toEqual(['counterpart-of', 'met']);
  });

  it.each([
    ['speculated', 'speculation-about-meeting', 'dashed'],
    ['stated', 'no-kwang-chol-met-andrey-belousov', 'solid'],
  ])('draws a %s edge %s', (_, id, lineStyle) => {
    cy = createGraph();
    expect(cy.getElementById(id).style('line-style')).toBe(lineStyle);
  });

  it('shapes and colours nodes by type, and restyles by palette', () => {
    cy = createGraph();
    const person = cy.getElementById('viktor-goremykin');
    expect(person.style('shape')).toBe('ellipse');
    expect(cy.getElementById('pyongyang').style('shape')).toBe('round-triangle');
    expect(person.style('color')).toBe('rgb(31,35,48)');
    cy.style(createStylesheet(DARK_PALETTE));
    expect(person.style('color')).toBe('rgb(232,234,240)');
  });

  it('hides an element with the hidden class', () => {
    cy = createGraph();
    const node = cy.getElementById('pyongyang');
    expect(node.style('display')).toBe('element');
    node.addClass(CLASSES.hidden);
    expect(node.style('display')).toBe('none');
  });
});

describe('withSeededRandom', () => {
  const draw = () => Array.from({ length: 5 }, () => Math.random());

  it('gives the same sequence for the same seed', () => {
    const first = withSeededRandom(42, draw);
    expect(withSeededRandom(42, draw)).toEqual(first);
    expect(withSeededRandom(43, draw)).not.toEqual(first);
    expect(first).toEqual(Array.from({ length: 5 }, createSeededRandom(42)));
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('restores Math.random afterwards, even when the work throws', () => {
    const original = Math.random;
    withSeededRandom(1, () => Math.random());
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});
