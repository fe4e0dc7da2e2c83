import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { CLASSES } from './stylesheet';

type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };

/** What Cytoscape draws now, in CSS pixels from the container's top left: for tests and scripts. */
export interface GraphInspection {
  zoom: number;
  width: number;
  height: number;
  visibleNodes: number;
  visibleEdges: number;
  /** Labels drawn, with their size on screen and their box. */
  labels: { id: string; fontPx: number; box: Box }[];
  /** Nodes drawn (not faded or hidden), with their box on screen. */
  nodes: { id: string; box: Box }[];
  /** Ids of the elements drawn emphasised and the one drawn selected. */
  emphasised: string[];
  selected: string[];
  /** How many drawn nodes have each shape, and drawn edges each line style (what an SVG must hold). */
  shapes: Record<string, number>;
  lines: Record<string, number>;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The canvas as the page offers it to tests and users' scripts: read-only. */
export interface GraphTestHook {
  /** Where an element is drawn, in CSS pixels from the page's top left; null when not drawn. */
  renderedPosition(id: string): { x: number; y: number } | null;
  inspect(): GraphInspection;
}

// Declared once, here, for the app and the e2e specs (which import this module's types).
declare global {
  interface Window {
    liaisonGraph?: GraphTestHook;
  }
}

export function visibleCounts(cy: Core) {
  return { visibleNodes: cy.nodes(':visible').length, visibleEdges: cy.edges(':visible').length };
}

export function inspectGraph(cy: Core, labels: GraphInspection['labels']): GraphInspection {
  const drawnNodes = cy.nodes(':visible').filter((node) => !node.hasClass(CLASSES.faded));
  return {
    zoom: cy.zoom(),
    width: cy.width(),
    height: cy.height(),
    ...visibleCounts(cy),
    labels,
    nodes: drawnNodes.map((node) => ({
      id: node.id(),
      box: node.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
    })),
    emphasised: cy.elements(`.${CLASSES.emphasised}:visible`).map((element) => element.id()),
    selected: cy.elements(`.${CLASSES.selected}:visible`).map((element) => element.id()),
    shapes: countBy(cy.nodes(':visible').map((node) => String(node.style('shape')))),
    lines: countBy(cy.edges(':visible').map((edge) => String(edge.style('line-style')))),
  };
}

/** Where an element is drawn: a node's centre, or a point of an edge that a click reaches. */
export function renderedPosition(cy: Core, id: string): { x: number; y: number } | null {
  const element = cy.getElementById(id);
  if (element.empty()) return null;
  return element.isEdge()
    ? uncoveredPointOn(cy, element as EdgeSingular)
    : (element as NodeSingular).renderedPosition();
}

/**
 * A point of the edge that no node covers, so that a click there reaches the
 * edge: the midpoint unless a node lies on it, else a point further along.
 */
function uncoveredPointOn(cy: Core, edge: EdgeSingular): { x: number; y: number } {
  const boxes = cy
    .nodes(':visible')
    .map((node) => node.renderedBoundingBox({ includeLabels: false }));
  const isCovered = ({ x, y }: { x: number; y: number }) =>
    boxes.some((box) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2);
  const midpoint = edge.renderedMidpoint();
  if (!isCovered(midpoint)) return midpoint;
  const from = edge.renderedSourceEndpoint();
  const to = edge.renderedTargetEndpoint();
  const along = [0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((share) => ({
    x: from.x + (to.x - from.x) * share,
    y: from.y + (to.y - from.y) * share,
  }));
  return along.find((point) => !isCovered(point)) ?? midpoint;
}
