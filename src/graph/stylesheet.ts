import type { StylesheetJson } from 'cytoscape';
import type { EntityType } from '../data/schema';
import { NODE_STYLES } from '../theme/node-styles';
import type { Palette } from './palette';

/** Classes the adapter sets; the view model decides which element has which. */
export const CLASSES = {
  hidden: 'is-hidden',
  faded: 'is-faded',
  dimmed: 'is-dimmed',
  emphasised: 'is-emphasised',
  selected: 'is-selected',
  path: 'is-path',
  cursor: 'is-cursor',
} as const;

/**
 * Above this many relationships, edges are drawn the cheap way (straight "haystack"
 * lines, no arrows or labels) unless they are selected, emphasised or on a path:
 * drawing thousands of curved, labelled edges is what makes a large graph slow.
 */
export const LARGE_GRAPH_EDGES = 1000;

export function createStylesheet(palette: Palette, isLarge = false): StylesheetJson {
  const typeRules = (Object.keys(NODE_STYLES) as EntityType[]).map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: NODE_STYLES[type].shape, 'background-color': NODE_STYLES[type].colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 26,
        height: 26,
        color: palette.text,
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': palette.textHalo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'border-width': 2,
        'border-color': palette.background,
      },
    },
    ...typeRules,
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': palette.edge,
        'target-arrow-color': palette.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: palette.edgeText,
        'text-rotation': 'autorotate',
        'text-outline-color': palette.textHalo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    ...(isLarge ? largeGraphRules() : []),
    {
      selector: 'edge[certainty = "speculated"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    {
      selector: 'edge[certainty = "classified"], edge[certainty = "unknown"]',
      style: { 'line-style': 'dotted' },
    },
    { selector: `.${CLASSES.dimmed}`, style: { opacity: 0.45 } },
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: `node.${CLASSES.emphasised}`,
      style: { 'border-color': palette.selection, 'font-weight': 'bold' },
    },
    {
      selector: `edge.${CLASSES.emphasised}`,
      style: {
        width: 2.5,
        'line-color': palette.selection,
        'target-arrow-color': palette.selection,
      },
    },
    {
      selector: `.${CLASSES.path}`,
      style: {
        'line-color': palette.path,
        'target-arrow-color': palette.path,
        'border-color': palette.path,
        'border-width': 4,
        width: 4,
        'z-index': 9,
      },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: {
        'border-width': 5,
        'border-color': palette.selection,
        width: 34,
        height: 34,
        'z-index': 10,
      },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: {
        width: 5,
        'line-color': palette.selection,
        'target-arrow-color': palette.selection,
        'z-index': 10,
      },
    },
    {
      selector: `node.${CLASSES.cursor}`,
      style: {
        'overlay-color': palette.selection,
        'overlay-opacity': 0.25,
        'overlay-padding': 8,
        'overlay-shape': 'ellipse',
        'z-index': 11,
      },
    },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
  ];
}

function largeGraphRules(): StylesheetJson {
  return [
    { selector: 'node', style: { 'text-outline-width': 0, 'min-zoomed-font-size': 10 } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        label: '',
        width: 1,
      },
    },
    {
      selector: `edge.${CLASSES.emphasised}, edge.${CLASSES.selected}, edge.${CLASSES.path}`,
      style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(label)' },
    },
  ];
}
