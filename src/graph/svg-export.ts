import type {
  CollectionArgument,
  Core,
  EdgeSingular,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';
import { createPathRecorder, type PathRecorder } from './svg-path';

/**
 * The drawn graph as an SVG document, written from what Cytoscape itself computed: its
 * positions, its computed styles (`pstyle`), its edge geometry and label placement (the
 * renderer's scratch data), and the outlines its own shape and arrow drawers trace. Elements
 * come in Cytoscape's drawing order. Only shapes and text are written: never a script, an
 * event handler or a foreignObject, and all text is escaped.
 * docs/decisions/0011-an-svg-written-from-cytoscape.md.
 */

type Colour = [number, number, number];
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

const n = (value: number) => String(Math.round(value * 100) / 100);
const colour = (value: unknown) => {
  const [r, g, b] = value as Colour;
  return `rgb(${r},${g},${b})`;
};
/** What XML 1.0 allows in text: no control character but tab and line breaks, no U+FFFE/FFFF. */
const isXmlCharacter = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
export function escapeXml(text: string): string {
  return [...text]
    .filter((character) => isXmlCharacter(character.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
/** Attributes from a list of pairs; values escaped, empty ones left out. */
const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
const opacityAttr = (value: number) => (value >= 1 ? undefined : n(value));

function dashOf(style: string, pattern: number[], width: number): string | undefined {
  // As the canvas renderer sets them: dotted is [1, 1], dashed its pattern.
  if (style === 'dotted') return '1 1';
  if (style === 'dashed') return pattern.map(n).join(' ');
  void width;
  return undefined;
}

function writeNode(r: Renderer, node: NodeSingular): string {
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
  const body = attributes({
    'data-shape': pstyle(node, 'shape').strValue,
    d: path.toPathData(),
    fill: colour(pstyle(node, 'background-color').value),
    'fill-opacity': opacityAttr((pstyle(node, 'background-opacity').value as number) * opacity),
    stroke: borderWidth > 0 ? colour(pstyle(node, 'border-color').value) : undefined,
    'stroke-width': borderWidth > 0 ? n(borderWidth) : undefined,
    'stroke-opacity':
      borderWidth > 0
        ? opacityAttr((pstyle(node, 'border-opacity').value as number) * opacity)
        : undefined,
    'stroke-dasharray':
      borderWidth > 0
        ? dashOf(
            pstyle(node, 'border-style').strValue,
            pstyle(node, 'border-dash-pattern').value as number[],
            borderWidth,
          )
        : undefined,
  });
  return `<path${body}/>`;
}

function writeArrow(r: Renderer, edge: EdgeSingular, end: 'source' | 'target', opacity: number) {
  const shape = pstyle(edge, `${end}-arrow-shape`).strValue;
  const rs = scratchOf(edge);
  const [x, y, angle] =
    end === 'target'
      ? [rs.arrowEndX, rs.arrowEndY, rs.tgtArrowAngle]
      : [rs.arrowStartX, rs.arrowStartY, rs.srcArrowAngle];
  if (shape === 'none' || !r.arrowShapes[shape] || x == null || y == null || angle == null) {
    return '';
  }
  if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(angle)) return '';
  const edgeWidth = pstyle(edge, 'width').pfValue;
  const scale = pstyle(edge, 'arrow-scale').value as number;
  const size = r.getArrowWidth(edgeWidth, scale);
  const path = createPathRecorder();
  path.beginPath();
  r.arrowShapes[shape]!.draw(path, size, angle, { x, y }, edgeWidth);
  path.closePath();
  const fill = colour(pstyle(edge, `${end}-arrow-color`).value);
  return `<path${attributes({ 'data-arrow': shape, d: path.toPathData(), fill, 'fill-opacity': opacityAttr(opacity) })}/>`;
}

function writeEdge(r: Renderer, edge: EdgeSingular): string {
  const rs = scratchOf(edge);
  const points = rs.allpts;
  if (rs.badLine || !points || points.length < 4 || Number.isNaN(points[0])) return '';
  const opacity =
    (pstyle(edge, 'opacity').value as number) * (pstyle(edge, 'line-opacity').value as number);
  const width = pstyle(edge, 'width').pfValue;
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
  const line = attributes({
    'data-line': pstyle(edge, 'line-style').strValue,
    d: path.toPathData(),
    fill: 'none',
    stroke: colour(pstyle(edge, 'line-color').value),
    'stroke-width': n(width),
    'stroke-opacity': opacityAttr(opacity),
    'stroke-linecap': pstyle(edge, 'line-cap').strValue,
    'stroke-dasharray': dashOf(
      pstyle(edge, 'line-style').strValue,
      pstyle(edge, 'line-dash-pattern').value as number[],
      width,
    ),
  });
  const arrows =
    rs.edgeType === 'haystack'
      ? ''
      : writeArrow(r, edge, 'source', opacity) + writeArrow(r, edge, 'target', opacity);
  return `<path${line}/>${arrows}`;
}

const ANCHORS: Record<string, string> = { left: 'start', center: 'middle', right: 'end' };

/** A label, placed as Cytoscape's canvas renderer places it (drawText), as SVG text. */
function writeLabel(r: Renderer, element: SingularElementArgument): string {
  const rs = scratchOf(element);
  const opacity = element.effectiveOpacity() * (pstyle(element, 'text-opacity').value as number);
  if (opacity === 0 || !r.eleTextBiggerThanMin(element)) return '';
  const text = r.getLabelText(element, null);
  if (!text || rs.labelX == null || rs.labelY == null) return '';
  if (Number.isNaN(rs.labelX) || Number.isNaN(rs.labelY)) return '';
  const isEdge = element.isEdge();
  const halign = isEdge ? 'center' : pstyle(element, 'text-halign').strValue;
  const valign = isEdge ? 'center' : pstyle(element, 'text-valign').strValue;
  let x = rs.labelX + pstyle(element, 'text-margin-x').pfValue;
  let y = rs.labelY + pstyle(element, 'text-margin-y').pfValue;
  const theta = r.getTextAngle(element, null);
  const origin = { x, y };
  if (theta !== 0) [x, y] = [0, 0];
  const textWidth = rs.labelWidth ?? 0;
  const textHeight = rs.labelHeight ?? 0;
  // The label box's alignment is the opposite side of the node from the text's.
  const boxHalign = halign === 'left' ? 'left' : halign === 'right' ? 'right' : 'center';
  if (valign === 'center') y += textHeight / 2;
  else if (valign === 'bottom') y += textHeight;
  y -= rs.labelActualDescent ?? 0;
  const justification = r.getLabelJustification(element);
  const isWrapped = pstyle(element, 'text-wrap').strValue === 'wrap';
  const lines = isWrapped ? (rs.labelWrapCachedLines ?? [text]) : [text];
  const lineHeight = rs.labelLineHeight ?? 0;
  if (isWrapped && justification !== 'auto') {
    const half = textWidth / 2;
    const shift: Record<string, Record<string, number>> = {
      left: { left: -textWidth, center: -half },
      center: { left: -half, right: half },
      right: { center: half, right: textWidth },
    };
    x += shift[boxHalign]?.[justification] ?? 0;
  }
  if (isWrapped) y -= (lines.length - 1) * lineHeight;
  const outline = 2 * pstyle(element, 'text-outline-width').pfValue;
  const outlineOpacity = (pstyle(element, 'text-outline-opacity').value as number) * opacity;
  const style = attributes({
    'font-family': pstyle(element, 'font-family').strValue,
    'font-size': n(pstyle(element, 'font-size').pfValue),
    'font-weight': pstyle(element, 'font-weight').strValue,
    'font-style': pstyle(element, 'font-style').strValue,
    'text-anchor': ANCHORS[justification === 'auto' ? 'center' : justification] ?? 'middle',
    'dominant-baseline': 'text-after-edge',
    fill: colour(pstyle(element, 'color').value),
    'fill-opacity': opacityAttr(opacity),
    stroke: outline > 0 ? colour(pstyle(element, 'text-outline-color').value) : undefined,
    'stroke-width': outline > 0 ? n(outline) : undefined,
    'stroke-opacity': outline > 0 ? opacityAttr(outlineOpacity) : undefined,
    'stroke-linejoin': outline > 0 ? 'round' : undefined,
    'paint-order': outline > 0 ? 'stroke' : undefined,
    transform:
      theta !== 0
        ? `translate(${n(origin.x)} ${n(origin.y)}) rotate(${n((theta * 180) / Math.PI)})`
        : undefined,
  });
  // One line is one text element; wrapped lines are spans of one.
  if (lines.length === 1) {
    return `<text x="${n(x)}" y="${n(y)}"${style}>${escapeXml(lines[0]!)}</text>`;
  }
  const spans = lines
    .map(
      (line, at) => `<tspan x="${n(x)}" y="${n(y + at * lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text${style}>${spans}</text>`;
}

export interface SvgOptions {
  /** Pixels per model unit. */
  scale: number;
  background: string;
  /** Which elements to write; all that Cytoscape draws when absent. */
  include?: (element: SingularElementArgument) => boolean;
}

/** The whole drawn graph, framed as `cy.png({ full: true })` frames it. */
export function toGraphSvg(cy: Core, { scale, background, include }: SvgOptions): string {
  const r = rendererOf(cy);
  const drawn = r
    .getCachedZSortedEles(true)
    .filter((element) => element.visible() && (include?.(element) ?? true));
  const box = cy.collection(drawn as unknown as CollectionArgument).boundingBox();
  // Sized as the PNG's canvas is: whole pixels of the box's whole units times the scale, the
  // drawing scaled by exactly `scale` (what falls past the last whole pixel is cut, as there).
  const [width, height] = [
    Math.floor(Math.ceil(box.w) * scale),
    Math.floor(Math.ceil(box.h) * scale),
  ];
  const body = drawn.map((element) =>
    element.isNode()
      ? writeNode(r, element as NodeSingular) + writeLabel(r, element)
      : writeEdge(r, element as EdgeSingular) + writeLabel(r, element),
  );
  const frame = `${n(box.x1)} ${n(box.y1)} ${n(width / scale)} ${n(height / scale)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${frame}">`,
    `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(width / scale)}" height="${n(height / scale)}" fill="${escapeXml(background)}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
