import type {
  CollectionArgument,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import type { PathItem, Recolour, Scene, SceneItem, TextItem } from './scene';
import { sceneToSvg } from './scene-svg';
import { createPathRecorder, type PathRecorder } from './svg-path';

/**
 * The drawn graph as an SVG document, written from what Cytoscape itself computed: its
 * positions, its computed styles (`pstyle`), its edge geometry and label placement (the
 * renderer's scratch data), and the outlines its own shape and arrow drawers trace. Elements
 * come in Cytoscape's drawing order. Only shapes and text are written: never a script, an
 * event handler or a foreignObject, and all text is escaped.
 * docs/decisions/0011-an-svg-written-from-cytoscape.md.
 */

interface Style {
  value: unknown;
  pfValue: number;
  strValue: string;
}
interface Scratch {
  allpts?: number[];
  edgeType?: string;
  badLine?: boolean;
  arrowEndX?: number;
  arrowEndY?: number;
  tgtArrowAngle?: number;
  arrowStartX?: number;
  arrowStartY?: number;
  srcArrowAngle?: number;
  labelX?: number;
  labelY?: number;
  labelWidth?: number;
  labelHeight?: number;
  labelActualDescent?: number;
  labelLineHeight?: number;
  labelWrapCachedLines?: string[];
}
/** The few renderer methods used: the same ones the canvas draws with. */
interface Renderer {
  nodeShapes: Record<
    string,
    {
      draw(
        context: PathRecorder,
        x: number,
        y: number,
        w: number,
        h: number,
        r: unknown,
        rs: object,
      ): void;
    }
  >;
  arrowShapes: Record<
    string,
    {
      draw(
        context: PathRecorder,
        size: number,
        angle: number,
        at: { x: number; y: number },
        edgeWidth: number,
      ): void;
    }
  >;
  getNodeShape(node: NodeSingular): string;
  getArrowWidth(edgeWidth: number, scale: number): number;
  getCachedZSortedEles(forceRecalc?: boolean): SingularElementArgument[];
  getLabelText(element: SingularElementArgument, prefix?: string | null): string;
  getTextAngle(element: SingularElementArgument, prefix?: string | null): number;
  getLabelJustification(element: SingularElementArgument): string;
  eleTextBiggerThanMin(element: SingularElementArgument, scale?: number): boolean;
}

const rendererOf = (cy: Core) => (cy as unknown as { renderer(): Renderer }).renderer();
const pstyle = (element: SingularElementArgument, name: string) =>
  (element as unknown as { pstyle(name: string): Style }).pstyle(name);
const scratchOf = (element: SingularElementArgument) =>
  (element as unknown as { _private: { rscratch: Scratch } })._private.rscratch;

const colour = (value: unknown) => {
  const [r, g, b] = value as [number, number, number];
  return `rgb(${r},${g},${b})`;
};

/** As the canvas renderer sets them: dotted is [1, 1], dashed its pattern. */
function dashOf(style: string, pattern: number[]): number[] | undefined {
  if (style === 'dotted') return [1, 1];
  if (style === 'dashed') return pattern;
  return undefined;
}

function nodeShape(r: Renderer, node: NodeSingular, recolour: Recolour): PathItem {
  const position = node.position();
  const padding = (node as unknown as { padding(): number }).padding();
  const width = node.width() + 2 * padding;
  const height = node.height() + 2 * padding;
  const opacity = node.effectiveOpacity();
  const cornerStyle = pstyle(node, 'corner-radius');
  const corner = cornerStyle.value === 'auto' ? 'auto' : cornerStyle.pfValue;
  const path = createPathRecorder();
  r.nodeShapes[r.getNodeShape(node)]!.draw(path, position.x, position.y, width, height, corner, {});
  const borderWidth = pstyle(node, 'border-width').pfValue;
  return {
    kind: 'path',
    tag: ['data-shape', pstyle(node, 'shape').strValue],
    d: path.toPathData(),
    fill: recolour(colour(pstyle(node, 'background-color').value)),
    fillOpacity: (pstyle(node, 'background-opacity').value as number) * opacity,
    ...(borderWidth > 0 && {
      stroke: recolour(colour(pstyle(node, 'border-color').value)),
      strokeWidth: borderWidth,
      strokeOpacity: (pstyle(node, 'border-opacity').value as number) * opacity,
      dash: dashOf(
        pstyle(node, 'border-style').strValue,
        pstyle(node, 'border-dash-pattern').value as number[],
      ),
    }),
  };
}

function arrowOf(
  r: Renderer,
  edge: EdgeSingular,
  end: 'source' | 'target',
  opacity: number,
  recolour: Recolour,
): PathItem[] {
  const shape = pstyle(edge, `${end}-arrow-shape`).strValue;
  const rs = scratchOf(edge);
  const [x, y, angle] =
    end === 'target'
      ? [rs.arrowEndX, rs.arrowEndY, rs.tgtArrowAngle]
      : [rs.arrowStartX, rs.arrowStartY, rs.srcArrowAngle];
  if (shape === 'none' || !r.arrowShapes[shape] || x == null || y == null || angle == null) {
    return [];
  }
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(angle)) return [];
  const edgeWidth = pstyle(edge, 'width').pfValue;
  const size = r.getArrowWidth(edgeWidth, pstyle(edge, 'arrow-scale').value as number);
  const path = createPathRecorder();
  path.beginPath();
  r.arrowShapes[shape]!.draw(path, size, angle, { x, y }, edgeWidth);
  path.closePath();
  const fill = recolour(colour(pstyle(edge, `${end}-arrow-color`).value));
  return [
    { kind: 'path', tag: ['data-arrow', shape], d: path.toPathData(), fill, fillOpacity: opacity },
  ];
}

function edgeLine(r: Renderer, edge: EdgeSingular, recolour: Recolour): PathItem[] {
  const rs = scratchOf(edge);
  const points = rs.allpts;
  if (rs.badLine || !points || points.length < 4 || Number.isNaN(points[0])) return [];
  const opacity =
    (pstyle(edge, 'opacity').value as number) * (pstyle(edge, 'line-opacity').value as number);
  const path = createPathRecorder();
  path.moveTo(points[0]!, points[1]!);
  const isCurved = ['bezier', 'self', 'compound', 'multibezier'].includes(rs.edgeType ?? '');
  if (isCurved) {
    for (let at = 2; at + 3 < points.length; at += 4) {
      path.quadraticCurveTo(points[at]!, points[at + 1]!, points[at + 2]!, points[at + 3]!);
    }
  } else {
    for (let at = 2; at + 1 < points.length; at += 2) path.lineTo(points[at]!, points[at + 1]!);
  }
  const line: PathItem = {
    kind: 'path',
    tag: ['data-line', pstyle(edge, 'line-style').strValue],
    d: path.toPathData(),
    stroke: recolour(colour(pstyle(edge, 'line-color').value)),
    strokeWidth: pstyle(edge, 'width').pfValue,
    strokeOpacity: opacity,
    lineCap: pstyle(edge, 'line-cap').strValue,
    dash: dashOf(
      pstyle(edge, 'line-style').strValue,
      pstyle(edge, 'line-dash-pattern').value as number[],
    ),
  };
  if (rs.edgeType === 'haystack') return [line];
  return [
    line,
    ...arrowOf(r, edge, 'source', opacity, recolour),
    ...arrowOf(r, edge, 'target', opacity, recolour),
  ];
}

const ANCHORS: Record<string, TextItem['anchor']> = {
  left: 'start',
  center: 'middle',
  right: 'end',
};

/**
 * A label, placed as Cytoscape's canvas renderer places it (drawText). `minFontSize` (model
 * units) enlarges a smaller label about where it is anchored.
 */
function labelOf(
  r: Renderer,
  element: SingularElementArgument,
  recolour: Recolour,
  minFontSize = 0,
): TextItem[] {
  const rs = scratchOf(element);
  const opacity = element.effectiveOpacity() * (pstyle(element, 'text-opacity').value as number);
  if (opacity === 0 || !r.eleTextBiggerThanMin(element)) return [];
  const text = r.getLabelText(element, null);
  if (!text || rs.labelX == null || rs.labelY == null) return [];
  if (Number.isNaN(rs.labelX) || Number.isNaN(rs.labelY)) return [];
  const fontSize = pstyle(element, 'font-size').pfValue;
  const grow = Math.max(1, minFontSize / fontSize);
  const isEdge = element.isEdge();
  const halign = isEdge ? 'center' : pstyle(element, 'text-halign').strValue;
  const valign = isEdge ? 'center' : pstyle(element, 'text-valign').strValue;
  let x = rs.labelX + pstyle(element, 'text-margin-x').pfValue;
  let y = rs.labelY + pstyle(element, 'text-margin-y').pfValue;
  const theta = r.getTextAngle(element, null);
  const origin = { x, y };
  if (theta !== 0) [x, y] = [0, 0];
  const textWidth = (rs.labelWidth ?? 0) * grow;
  const textHeight = (rs.labelHeight ?? 0) * grow;
  if (valign === 'center') y += textHeight / 2;
  else if (valign === 'bottom') y += textHeight;
  else if (valign === 'top') y += (rs.labelHeight ?? 0) * (1 - grow);
  y -= (rs.labelActualDescent ?? 0) * grow;
  const justification = r.getLabelJustification(element);
  const isWrapped = pstyle(element, 'text-wrap').strValue === 'wrap';
  const lines = isWrapped ? (rs.labelWrapCachedLines ?? [text]) : [text];
  const lineHeight = (rs.labelLineHeight ?? 0) * grow;
  if (isWrapped && justification !== 'auto') {
    const half = textWidth / 2;
    const shift: Record<string, Record<string, number>> = {
      left: { left: -textWidth, center: -half },
      center: { left: -half, right: half },
      right: { center: half, right: textWidth },
    };
    x += shift[halign]?.[justification] ?? 0;
  }
  if (isWrapped) y -= (lines.length - 1) * lineHeight;
  const outline = 2 * pstyle(element, 'text-outline-width').pfValue;
  const anchor = ANCHORS[justification] ?? 'middle';
  const left = anchor === 'middle' ? x - textWidth / 2 : anchor === 'end' ? x - textWidth : x;
  const top = y + (lines.length - 1) * lineHeight - textHeight;
  return [
    {
      kind: 'text',
      lines,
      x,
      y,
      lineHeight,
      font: {
        family: pstyle(element, 'font-family').strValue,
        size: fontSize * grow,
        weight: pstyle(element, 'font-weight').strValue,
        style: pstyle(element, 'font-style').strValue,
      },
      anchor,
      fill: recolour(colour(pstyle(element, 'color').value)),
      fillOpacity: opacity,
      ...(outline > 0 && {
        outline: {
          colour: recolour(colour(pstyle(element, 'text-outline-color').value)),
          width: outline,
          opacity: (pstyle(element, 'text-outline-opacity').value as number) * opacity,
        },
      }),
      ...(theta !== 0 && { rotate: { ...origin, angle: theta } }),
      box:
        theta !== 0
          ? {
              x1: origin.x - textWidth / 2,
              y1: origin.y - textWidth / 2,
              x2: origin.x + textWidth / 2,
              y2: origin.y + textWidth / 2,
            }
          : { x1: left, y1: top, x2: left + textWidth, y2: top + textHeight },
    },
  ];
}

export interface SceneOptions {
  /** Pixels per model unit. */
  scale: number;
  background: string;
  /** Which elements to draw; all that Cytoscape draws when absent. */
  include?: (element: SingularElementArgument) => boolean;
  recolour?: Recolour;
  /** Labels are drawn at least this size, in model units; those that would then cover another are left out. */
  minFontSize?: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
type Box = NonNullable<TextItem['box']>;

/**
 * Enlarged labels keep apart: node labels before link labels, the more linked first; a label
 * that would cover one already kept is left out.
 */
function keepApart(
  parts: { element: SingularElementArgument; label: TextItem | undefined }[],
): Set<TextItem> {
  const rank = ({ element }: { element: SingularElementArgument }) =>
    (element.isNode() ? 1e6 : 0) +
    (pstyle(element, 'z-index').value as number) * 1e4 +
    (element.isNode() ? (element as NodeSingular).degree(false) : 0);
  const kept: TextItem[] = [];
  for (const part of [...parts].sort((a, b) => rank(b) - rank(a))) {
    const box = part.label?.box;
    if (!part.label || !box || kept.some((other) => overlaps(other.box!, box))) continue;
    kept.push(part.label);
  }
  return new Set(kept);
}

/**
 * What Cytoscape draws, in its drawing order, as a scene. Framed as `cy.png({ full: true })`
 * frames it: whole model units times the scale, cut at the last whole pixel.
 */
export function selectGraphScene(
  cy: Core,
  { scale, background, include, recolour = (css) => css, minFontSize = 0 }: SceneOptions,
): Scene {
  const r = rendererOf(cy);
  const drawn = r
    .getCachedZSortedEles(true)
    .filter((element) => element.visible() && (include?.(element) ?? true));
  const box = cy.collection(drawn as unknown as CollectionArgument).boundingBox();
  const parts = drawn.map((element) => ({
    element,
    body: element.isNode()
      ? [nodeShape(r, element as NodeSingular, recolour)]
      : edgeLine(r, element as EdgeSingular, recolour),
    label: labelOf(r, element, recolour, minFontSize)[0],
  }));
  const kept = minFontSize > 0 ? keepApart(parts) : null;
  const items: SceneItem[] = parts.flatMap(({ body, label }) =>
    label && (!kept || kept.has(label)) ? [...body, label] : body,
  );
  const width = Math.floor(Math.ceil(box.w) * scale) / scale;
  const height = Math.floor(Math.ceil(box.h) * scale) / scale;
  return { frame: { x: box.x1, y: box.y1, width, height }, scale, background, items };
}

/** The drawn graph as an SVG document. */
export function toGraphSvg(cy: Core, options: SceneOptions): string {
  return sceneToSvg(selectGraphScene(cy, options));
}
