import type { Scene, SceneItem, TextItem } from './scene';

function paintText(context: CanvasRenderingContext2D, item: TextItem) {
  context.save();
  const { font, outline, rotate } = item;
  context.font = `${font.style} ${font.weight} ${font.size}px ${font.family}`;
  context.textAlign = item.anchor === 'start' ? 'left' : item.anchor === 'end' ? 'right' : 'center';
  context.textBaseline = 'bottom';
  context.lineJoin = 'round';
  if (rotate) {
    context.translate(rotate.x, rotate.y);
    context.rotate(rotate.angle);
  }
  item.lines.forEach((line, at) => {
    const y = item.y + at * item.lineHeight;
    if (outline) {
      context.globalAlpha = outline.opacity;
      context.strokeStyle = outline.colour;
      context.lineWidth = outline.width;
      context.strokeText(line, item.x, y);
    }
    context.globalAlpha = item.fillOpacity ?? 1;
    context.fillStyle = item.fill;
    context.fillText(line, item.x, y);
  });
  context.restore();
}

function paintItems(context: CanvasRenderingContext2D, items: SceneItem[]) {
  for (const item of items) {
    if (item.kind === 'group') {
      context.save();
      context.translate(item.dx, item.dy);
      context.scale(item.scale, item.scale);
      paintItems(context, item.items);
      context.restore();
      continue;
    }
    if (item.kind === 'text') {
      paintText(context, item);
      continue;
    }
    const path = new Path2D(item.d);
    if (item.fill) {
      context.globalAlpha = item.fillOpacity ?? 1;
      context.fillStyle = item.fill;
      context.fill(path);
    }
    if (item.stroke) {
      context.globalAlpha = item.strokeOpacity ?? 1;
      context.strokeStyle = item.stroke;
      context.lineWidth = item.strokeWidth ?? 1;
      context.lineCap = (item.lineCap as CanvasLineCap | undefined) ?? 'butt';
      context.setLineDash(item.dash ?? []);
      context.stroke(path);
      context.setLineDash([]);
    }
  }
}

/**
 * The scene painted on a new canvas, as the SVG would show it: outlines through `Path2D` (which
 * reads SVG path data), text with the canvas's own text drawing. Nothing is loaded.
 */
export function paintScene(scene: Scene): HTMLCanvasElement {
  const { frame, scale } = scene;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = scene.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.translate(-frame.x, -frame.y);
  paintItems(context, scene.items);
  context.globalAlpha = 1;
  return canvas;
}
