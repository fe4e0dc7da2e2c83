/**
 * A picture as a list of what is drawn, in model units, in drawing order: outlines (SVG path
 * data) and text. The same scene is written as SVG or painted on a canvas for a PNG, so the two
 * formats cannot disagree, and a PNG needs no image loaded into the page.
 */
export interface PathItem {
  kind: 'path';
  /** What it draws, for readers and tests: `data-shape="round-hexagon"`. */
  tag?: [string, string];
  d: string;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
  dash?: number[];
  lineCap?: string;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextItem {
  kind: 'text';
  /** One or more lines; `y` is the bottom of the first line's em box. */
  lines: string[];
  x: number;
  y: number;
  lineHeight: number;
  font: { family: string; size: number; weight: string; style: string };
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  fillOpacity?: number;
  outline?: { colour: string; width: number; opacity: number };
  /** Drawn rotated by `angle` (radians) about (x, y) in place of the text's own x and y. */
  rotate?: { x: number; y: number; angle: number };
  /** Where it lies, roughly: for keeping labels apart. */
  box?: Box;
}

/** Items drawn moved and scaled: `translate(dx, dy) scale(scale)`. */
export interface GroupItem {
  kind: 'group';
  dx: number;
  dy: number;
  scale: number;
  items: SceneItem[];
}

export type SceneItem = PathItem | TextItem | GroupItem;

export interface Scene {
  /** The frame in model units, and how many pixels a model unit is. */
  frame: { x: number; y: number; width: number; height: number };
  scale: number;
  background: string;
  items: SceneItem[];
}

/** Maps a colour Cytoscape computed to the one to draw (another theme's, say). */
export type Recolour = (css: string) => string;
