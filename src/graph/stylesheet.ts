import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import type { Certainty, EntityType } from '../data/schema/schema';
import { CERTAINTIES, isUncertain } from '../data/schema/vocabulary';
import { NODE_STYLES } from '../theme/node-styles';
import {
  LABEL_OFFSET_PX,
  LABEL_PX,
  LABEL_WRAP_PX,
  LARGE_GRAPH_MIN_LABEL_PX,
  MIN_LABEL_PX,
  NODE_MIN_PX,
  NODE_SIZE,
} from './scale-policy';
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

/** Classes the label policy sets, apart from the view model's: where a label sits, or that it is not drawn. */
/** Links whose labels are read at any zoom: a path's, which is read hop by hop. */
const READABLE_EDGES = `.${CLASSES.path}`;

export const LABEL_CLASSES = {
  hidden: 'is-label-hidden',
  above: 'is-label-above',
  right: 'is-label-right',
  left: 'is-label-left',
} as const;

export interface StylesheetOptions {
  /**
   * Model units per CSS pixel (1 / zoom), read whenever the style is recomputed, so that
   * labels keep their size on screen. Absent on large graphs, where restyling every node
   * on zoom costs too much: labels then have a fixed size and appear once large enough.
   */
  labelScale?: () => number;
  isLarge?: boolean;
}

export function createStylesheet(
  palette: Palette,
  { labelScale, isLarge = false }: StylesheetOptions = {},
): StylesheetJson {
  // The gap between a node and its label, in CSS pixels on scaled graphs (as the label policy assumes).
  const offset = (sign: number) =>
    labelScale ? () => sign * LABEL_OFFSET_PX * labelScale() : sign * LABEL_OFFSET_PX;
  // A line keeps its width in the model, but never thins below `px` on screen (a graph seen
  // whole at a small zoom would otherwise lose its links).
  const lineWidth = (width: number, px: number) =>
    labelScale ? () => Math.max(width, px * labelScale()) : width;
  // On scaled graphs, an edge label drawn the size of a node label on screen, whatever the zoom.
  const readableEdgeLabel = labelScale
    ? { 'font-size': () => LABEL_PX * labelScale(), 'min-zoomed-font-size': 0 }
    : {};
  const typeRules = (Object.keys(NODE_STYLES) as EntityType[]).map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: NODE_STYLES[type].shape, 'background-color': NODE_STYLES[type].colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Nodes never shrink below a size that can be seen and tapped.
        width: labelScale ? () => Math.max(NODE_SIZE, NODE_MIN_PX * labelScale()) : NODE_SIZE,
        height: labelScale ? () => Math.max(NODE_SIZE, NODE_MIN_PX * labelScale()) : NODE_SIZE,
        color: palette.text,
        'font-size': labelScale ? () => LABEL_PX * labelScale() : LABEL_PX,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': offset(1),
        'text-wrap': 'wrap',
        'text-max-width': labelScale
          ? () => `${LABEL_WRAP_PX * labelScale()}px`
          : `${LABEL_WRAP_PX}px`,
        'text-outline-color': palette.textHalo,
        'text-outline-width': 2,
        // A fixed-size label too small to read is not drawn at all.
        'min-zoomed-font-size': labelScale ? 0 : MIN_LABEL_PX,
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
        'font-size': 11,
        color: palette.edgeText,
        'text-rotation': 'autorotate',
        'text-outline-color': palette.textHalo,
        'text-outline-width': 2,
        // Edge labels join in only once they can be read. Cytoscape's own minimum rounds the
        // zoom up to a power of two (11 px labels were drawn at 6 px at zoom 0.58), so scaled
        // graphs decide from the zoom itself.
        'min-zoomed-font-size': MIN_LABEL_PX,
        ...(labelScale && {
          'text-opacity': (edge: EdgeSingular) =>
            labelScale() <= 1 || edge.is(READABLE_EDGES) ? 1 : 0,
        }),
      },
    },
    ...certaintyRules(palette, lineWidth),
    ...(isLarge ? largeGraphRules() : []),
    { selector: `node.${LABEL_CLASSES.hidden}`, style: { 'text-opacity': 0 } },
    {
      selector: `node.${LABEL_CLASSES.above}`,
      style: { 'text-valign': 'top', 'text-margin-y': offset(-1) },
    },
    {
      selector: `node.${LABEL_CLASSES.right}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': offset(1),
        'text-margin-y': 0,
        'text-justification': 'left',
      },
    },
    {
      selector: `node.${LABEL_CLASSES.left}`,
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': offset(-1),
        'text-margin-y': 0,
        'text-justification': 'right',
      },
    },
    { selector: `.${CLASSES.dimmed}`, style: { opacity: 0.45 } },
    // Around a selection, only its own links say what they are.
    { selector: `edge.${CLASSES.dimmed}`, style: { 'text-opacity': 0 } },
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: `node.${CLASSES.emphasised}`,
      style: { 'border-color': palette.selection, 'font-weight': 'bold' },
    },
    {
      selector: `edge.${CLASSES.emphasised}`,
      style: {
        width: lineWidth(2.5, 2),
        'line-color': palette.selection,
        'target-arrow-color': palette.selection,
      },
    },
    {
      selector: `node.${CLASSES.path}`,
      style: { 'border-color': palette.path, 'border-width': 4, 'z-index': 9 },
    },
    {
      selector: `edge.${CLASSES.path}`,
      style: {
        'line-color': palette.path,
        'target-arrow-color': palette.path,
        width: lineWidth(4, 3),
        'z-index': 9,
        // A path is read hop by hop: its links always say what they are.
        ...readableEdgeLabel,
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
        width: lineWidth(5, 3),
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

/**
 * Each certainty has its own line: stated solid, reported in long dashes, speculated in
 * short purple dashes, classified and unknown dotted purple. The legend draws the same
 * samples from this table.
 */
export const CERTAINTY_LINES = {
  stated: { style: 'solid', width: 2 },
  reported: { style: 'dashed', width: 2, dash: [14, 4] },
  speculated: { style: 'dashed', width: 2, dash: [5, 4] },
  classified: { style: 'dotted', width: 2.5 },
  unknown: { style: 'dotted', width: 2.5 },
} as const satisfies Record<Certainty, { style: string; width: number; dash?: readonly number[] }>;

function certaintyRules(
  palette: Palette,
  lineWidth: (width: number, px: number) => number | (() => number),
): StylesheetJson {
  return CERTAINTIES.map((certainty) => {
    const line: { style: string; width: number; dash?: readonly number[] } =
      CERTAINTY_LINES[certainty];
    return {
      selector: `edge[certainty = "${certainty}"]`,
      style: {
        'line-style': line.style,
        width: lineWidth(line.width, 1.25),
        ...(line.dash && { 'line-dash-pattern': [...line.dash] }),
        ...(isUncertain(certainty)
          ? { 'line-color': palette.edgeUncertain, 'target-arrow-color': palette.edgeUncertain }
          : {}),
      },
    } as StylesheetJson[number];
  });
}

function largeGraphRules(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'text-outline-width': 0, 'min-zoomed-font-size': LARGE_GRAPH_MIN_LABEL_PX },
    },
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
