import type { PathItem, Scene, SceneItem, TextItem } from './scene';

const n = (value: number) => String(Math.round(value * 100) / 100);

/** What XML 1.0 allows in text: no control character but tab and line breaks, no U+FFFE/FFFF. */
const isXmlCharacter = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff));

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

/** Attributes from pairs; values escaped, empty ones left out. */
const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(
      ([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? n(value) : value!)}"`,
    )
    .join('');
const opacity = (value: number | undefined) =>
  value === undefined || value >= 1 ? undefined : n(value);

function pathToSvg(item: PathItem): string {
  const tag = item.tag ? ` ${item.tag[0]}="${escapeXml(item.tag[1])}"` : '';
  return `<path${tag}${attributes({
    d: item.d,
    fill: item.fill ?? 'none',
    'fill-opacity': opacity(item.fillOpacity),
    stroke: item.stroke,
    'stroke-width': item.stroke ? item.strokeWidth : undefined,
    'stroke-opacity': item.stroke ? opacity(item.strokeOpacity) : undefined,
    'stroke-linecap': item.stroke && item.lineCap !== 'butt' ? item.lineCap : undefined,
    'stroke-dasharray': item.stroke && item.dash?.length ? item.dash.map(n).join(' ') : undefined,
  })}/>`;
}

function textToSvg(item: TextItem): string {
  const { outline, rotate } = item;
  const style = attributes({
    'font-family': item.font.family,
    'font-size': item.font.size,
    'font-weight': item.font.weight === 'normal' ? undefined : item.font.weight,
    'font-style': item.font.style === 'normal' ? undefined : item.font.style,
    'text-anchor': item.anchor,
    'dominant-baseline': 'text-after-edge',
    fill: item.fill,
    'fill-opacity': opacity(item.fillOpacity),
    stroke: outline?.colour,
    'stroke-width': outline?.width,
    'stroke-opacity': outline ? opacity(outline.opacity) : undefined,
    'stroke-linejoin': outline ? 'round' : undefined,
    'paint-order': outline ? 'stroke' : undefined,
    transform: rotate
      ? `translate(${n(rotate.x)} ${n(rotate.y)}) rotate(${n((rotate.angle * 180) / Math.PI)})`
      : undefined,
  });
  // One line is one text element; wrapped lines are spans of one.
  if (item.lines.length === 1) {
    return `<text x="${n(item.x)}" y="${n(item.y)}"${style}>${escapeXml(item.lines[0]!)}</text>`;
  }
  const spans = item.lines
    .map(
      (line, at) =>
        `<tspan x="${n(item.x)}" y="${n(item.y + at * item.lineHeight)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<text${style}>${spans}</text>`;
}

function itemToSvg(item: SceneItem): string {
  if (item.kind === 'path') return pathToSvg(item);
  if (item.kind === 'text') return textToSvg(item);
  const transform = `translate(${n(item.dx)} ${n(item.dy)}) scale(${item.scale})`;
  return [`<g transform="${transform}">`, ...item.items.map(itemToSvg), '</g>'].join('\n');
}

/**
 * The scene as an SVG document: only `<rect>`, `<path>` and `<text>`, every value escaped.
 * No script, event handler, link, image or foreignObject is ever written.
 */
export function sceneToSvg({ frame, scale, background, items }: Scene): string {
  const width = Math.round(frame.width * scale);
  const height = Math.round(frame.height * scale);
  const box = `${n(frame.x)} ${n(frame.y)} ${n(frame.width)} ${n(frame.height)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${box}">`,
    `<rect${attributes({ x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: background })}/>`,
    ...items.map(itemToSvg),
    '</svg>',
    '',
  ].join('\n');
}
