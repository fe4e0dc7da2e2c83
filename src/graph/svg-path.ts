/**
 * The path commands of a canvas context (the part Cytoscape's shape and arrow drawers use),
 * written down as SVG path data. Cytoscape draws each node shape and arrow through such calls;
 * replaying them here gives the very outline it draws on the canvas.
 */
export interface PathRecorder {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void;
  arc(cx: number, cy: number, r: number, start: number, end: number, ccw?: boolean): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void;
  ellipse(
    cx: number,
    cy: number,
    rx: number,
    ry: number,
    rotation: number,
    start: number,
    end: number,
    ccw?: boolean,
  ): void;
  /** The path so far, as SVG path data. */
  toPathData(): string;
}

/** Two decimals: a hundredth of a model unit is far below a pixel at any export scale. */
const n = (value: number) => String(Math.round(value * 100) / 100);

export function createPathRecorder(): PathRecorder {
  const parts: string[] = [];
  let current: { x: number; y: number } | null = null;
  let start: { x: number; y: number } | null = null;
  const to = (command: string, x: number, y: number) => {
    parts.push(`${command}${n(x)} ${n(y)}`);
    current = { x, y };
  };
  const moveOrLine = (x: number, y: number) => to(current ? 'L' : 'M', x, y);
  const recorder: PathRecorder = {
    beginPath() {
      parts.length = 0;
      current = null;
    },
    moveTo(x, y) {
      to('M', x, y);
      start = { x, y };
    },
    lineTo(x, y) {
      if (!current) return recorder.moveTo(x, y);
      to('L', x, y);
    },
    closePath() {
      if (!current) return;
      parts.push('Z');
      current = start;
    },
    rect(x, y, width, height) {
      recorder.moveTo(x, y);
      recorder.lineTo(x + width, y);
      recorder.lineTo(x + width, y + height);
      recorder.lineTo(x, y + height);
      recorder.closePath();
    },
    quadraticCurveTo(cx, cy, x, y) {
      if (!current) recorder.moveTo(cx, cy);
      parts.push(`Q${n(cx)} ${n(cy)} ${n(x)} ${n(y)}`);
      current = { x, y };
    },
    bezierCurveTo(c1x, c1y, c2x, c2y, x, y) {
      if (!current) recorder.moveTo(c1x, c1y);
      parts.push(`C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(x)} ${n(y)}`);
      current = { x, y };
    },
    arc(cx, cy, r, startAngle, endAngle, ccw = false) {
      recorder.ellipse(cx, cy, r, r, 0, startAngle, endAngle, ccw);
    },
    ellipse(cx, cy, rx, ry, rotation, startAngle, endAngle, ccw = false) {
      const point = (angle: number) => {
        const x = rx * Math.cos(angle);
        const y = ry * Math.sin(angle);
        return {
          x: cx + x * Math.cos(rotation) - y * Math.sin(rotation),
          y: cy + x * Math.sin(rotation) + y * Math.cos(rotation),
        };
      };
      let sweep = ccw ? startAngle - endAngle : endAngle - startAngle;
      // As the canvas does: a sweep of a full turn or more draws the whole ellipse.
      if (sweep >= 2 * Math.PI || sweep <= -2 * Math.PI) sweep = 2 * Math.PI;
      else sweep = ((sweep % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      const from = point(startAngle);
      moveOrLine(from.x, from.y);
      if (!start) start = from;
      // SVG arcs cannot draw a whole turn: in halves (or less), each under half a turn plus.
      const steps = Math.max(1, Math.ceil(sweep / Math.PI));
      const degrees = (rotation * 180) / Math.PI;
      for (let step = 1; step <= steps; step++) {
        const angle = startAngle + ((ccw ? -1 : 1) * (sweep * step)) / steps;
        const end = point(angle);
        const large = sweep / steps > Math.PI ? 1 : 0;
        parts.push(
          `A${n(rx)} ${n(ry)} ${n(degrees)} ${large} ${ccw ? 0 : 1} ${n(end.x)} ${n(end.y)}`,
        );
        current = end;
      }
    },
    arcTo(x1, y1, x2, y2, r) {
      if (!current) return recorder.moveTo(x1, y1);
      const p0: { x: number; y: number } = current;
      const [ax, ay, bx, by] = [p0.x - x1, p0.y - y1, x2 - x1, y2 - y1];
      const lengthA = Math.hypot(ax, ay);
      const lengthB = Math.hypot(bx, by);
      const cross = ax * by - ay * bx;
      if (r === 0 || lengthA === 0 || lengthB === 0 || Math.abs(cross) < 1e-9) {
        return recorder.lineTo(x1, y1);
      }
      const angle = Math.acos(Math.max(-1, Math.min(1, (ax * bx + ay * by) / (lengthA * lengthB))));
      const distance = r / Math.tan(angle / 2);
      const t1 = { x: x1 + (ax / lengthA) * distance, y: y1 + (ay / lengthA) * distance };
      const t2 = { x: x1 + (bx / lengthB) * distance, y: y1 + (by / lengthB) * distance };
      recorder.lineTo(t1.x, t1.y);
      // The arc turns the way the corner turns.
      parts.push(`A${n(r)} ${n(r)} 0 0 ${cross < 0 ? 1 : 0} ${n(t2.x)} ${n(t2.y)}`);
      current = t2;
    },
    toPathData: () => parts.join(''),
  };
  return recorder;
}
