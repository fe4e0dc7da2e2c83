import type { Core, SingularElementArgument } from 'cytoscape';
import type { Certainty, EntityType } from '../data/schema/schema';
import { CERTAINTIES, CERTAINTY_LABELS, ENTITY_TYPE_LABELS } from '../data/schema/vocabulary';
import { NODE_STYLES } from '../theme/node-styles';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from './palette';
import type { GroupItem, Recolour, Scene, SceneItem, TextItem } from './scene';
import { CERTAINTY_LINES } from './stylesheet';

export type { PublishingOptions };
import { MIN_LABEL_PX, type PublishingOptions } from './publishing-options';
import { selectGraphScene } from './svg-export';
import { createPathRecorder } from './svg-path';

const MARGIN = 24;
const FONT = 'system-ui, sans-serif';
/** A graph smaller than the picture is drawn at most this many pixels per model unit. */
const MAX_GRAPH_SCALE = 2;

let measure: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 'normal') {
  measure ??= document.createElement('canvas').getContext('2d')!;
  measure.font = `normal ${weight} ${size}px ${FONT}`;
  return measure.measureText(text).width;
}

/** Words broken into lines no wider than `width`. */
function wrap(text: string, size: number, width: number, weight?: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(
  lines: string[],
  y: number,
  size: number,
  fill: string,
  weight = 'normal',
): TextItem {
  return {
    kind: 'text',
    lines,
    x: MARGIN,
    y: y + size * 1.25,
    lineHeight: size * 1.3,
    font: { family: FONT, size, weight, style: 'normal' },
    anchor: 'start',
    fill,
  };
}

/** Cytoscape's colours of one theme mapped to the other's, for a light picture of a dark screen. */
function recolourBetween(from: Palette, to: Palette): Recolour {
  const rgb = (hex: string) => {
    const value = Number.parseInt(hex.slice(1), 16);
    return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
  };
  const map = new Map(
    (Object.keys(from) as (keyof Palette)[]).map((key) => [rgb(from[key]), to[key]]),
  );
  return (css) => map.get(css) ?? css;
}

interface LegendEntry {
  label: string;
  /** How wide its sample is, in pixels. */
  swatch: number;
  draw(x: number, y: number): SceneItem;
}

function legendEntries(drawn: SingularElementArgument[], cy: Core, palette: Palette) {
  const renderer = (
    cy as unknown as { renderer(): { nodeShapes: Record<string, unknown> } }
  ).renderer() as unknown as {
    nodeShapes: Record<
      string,
      { draw(c: unknown, x: number, y: number, w: number, h: number, r: unknown, s: object): void }
    >;
  };
  const types = new Set(drawn.filter((e) => e.isNode()).map((e) => e.data('type') as EntityType));
  const certainties = new Set(
    drawn.filter((e) => e.isEdge()).map((e) => e.data('certainty') as Certainty),
  );
  const entries: LegendEntry[] = [];
  for (const type of Object.keys(NODE_STYLES) as EntityType[]) {
    if (!types.has(type)) continue;
    const { shape, colour } = NODE_STYLES[type];
    entries.push({
      label: ENTITY_TYPE_LABELS[type].singular,
      swatch: 24,
      draw: (x, y) => {
        const path = createPathRecorder();
        renderer.nodeShapes[shape]!.draw(path, x + 8, y, 16, 16, 'auto', {});
        return { kind: 'path', tag: ['data-legend', type], d: path.toPathData(), fill: colour };
      },
    });
  }
  for (const certainty of CERTAINTIES) {
    if (!certainties.has(certainty)) continue;
    const line: { style: string; width: number; dash?: readonly number[] } =
      CERTAINTY_LINES[certainty];
    const isUncertain = certainty !== 'stated' && certainty !== 'reported';
    entries.push({
      label: CERTAINTY_LABELS[certainty].label,
      swatch: 36,
      draw: (x, y) => ({
        kind: 'path',
        tag: ['data-legend', certainty],
        d: `M${x} ${y}L${x + 28} ${y}`,
        stroke: isUncertain ? palette.edgeUncertain : palette.edge,
        strokeWidth: line.width,
        dash: line.style === 'dotted' ? [1, 2] : line.dash ? [...line.dash] : undefined,
      }),
    });
  }
  return entries;
}

/** The legend's entries in rows across the width, from `top`; its items and its height. */
function layoutLegend(entries: LegendEntry[], top: number, width: number, palette: Palette) {
  const size = 13;
  const items: SceneItem[] = [];
  let x = MARGIN;
  let y = top + 12;
  for (const entry of entries) {
    const { swatch } = entry;
    const entryWidth = swatch + textWidth(entry.label, size) + 20;
    if (x > MARGIN && x + entryWidth > width - MARGIN) {
      x = MARGIN;
      y += 24;
    }
    items.push(entry.draw(x, y));
    items.push({ ...textBlock([entry.label], y - size * 0.85, size, palette.text), x: x + swatch });
    x += entryWidth;
  }
  return { items, height: entries.length ? y - top + 16 : 0 };
}

/**
 * "Image for publishing": the title, the graph as the view shows it (nothing faded unless
 * asked) with labels at least MIN_LABEL_PX at the chosen width, a legend of the types and line
 * styles drawn, and a credit line; a light background unless dark is chosen. One scene, which
 * is written as SVG or painted as PNG.
 */
export function createPublishingScene(
  cy: Core,
  screenPalette: Palette,
  options: PublishingOptions,
): Scene {
  const palette = options.isDark ? DARK_PALETTE : LIGHT_PALETTE;
  const { width } = options;
  // Faded elements are drawn (faintly) by Cytoscape: they come along only when asked for.
  const isShown = (element: SingularElementArgument) =>
    options.withFaded || options.isInView(element.id());
  const shown = cy.elements(':visible').filter((element) => isShown(element));
  const drawn = shown.toArray();
  const box = shown.boundingBox();
  const area = width - 2 * MARGIN;
  // Room on each side for labels enlarged past the graph's own box.
  const padding = 4 * MIN_LABEL_PX;
  const scale = Math.min(MAX_GRAPH_SCALE, (area - 2 * padding) / Math.max(1, box.w));
  const graph = selectGraphScene(cy, {
    scale,
    background: palette.background,
    include: isShown,
    recolour: recolourBetween(screenPalette, palette),
    minFontSize: MIN_LABEL_PX / scale,
  });

  const items: SceneItem[] = [];
  const title = wrap(options.title, 24, area, 'bold');
  items.push(textBlock(title, MARGIN - 6, 24, palette.text, 'bold'));
  let y = MARGIN + title.length * 24 * 1.3;
  const subtitle = wrap(options.subtitle, 15, area);
  items.push(textBlock(subtitle, y, 15, palette.edgeText));
  y += subtitle.length * 15 * 1.3 + 16;

  const graphWidth = graph.frame.width * scale + 2 * padding;
  const group: GroupItem = {
    kind: 'group',
    dx: MARGIN + Math.max(0, (area - graphWidth) / 2) + padding - graph.frame.x * scale,
    dy: y + padding - graph.frame.y * scale,
    scale,
    items: graph.items,
  };
  items.push(group);
  y += graph.frame.height * scale + 2 * padding;

  const legend = layoutLegend(legendEntries(drawn, cy, palette), y, width, palette);
  items.push(...legend.items);
  y += legend.height + 8;
  const credit = wrap(options.credit, 12, area);
  items.push(textBlock(credit, y, 12, palette.edgeText));
  y += credit.length * 12 * 1.3 + MARGIN;

  return {
    frame: { x: 0, y: 0, width, height: Math.ceil(y) },
    scale: 1,
    background: palette.background,
    items,
  };
}
