import { LABEL_OFFSET_PX } from './scale-policy';

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Where a label may sit around its node, in order of preference. */
export const PLACEMENTS = ['below', 'above', 'right', 'left'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** A node label that could be drawn: where it could sit on screen and how much it matters. */
export interface LabelCandidate {
  id: string;
  /** Higher first. */
  priority: number;
  /** The node's box in rendered (CSS) pixels. */
  node: Box;
  /** The label's size in CSS pixels. */
  width: number;
  height: number;
}

const LABEL_OFFSET = LABEL_OFFSET_PX;

/** The box a label would take in each placement around its node. */
export function labelBox(candidate: LabelCandidate, placement: Placement): Box {
  const { node, width, height } = candidate;
  const centreX = (node.x1 + node.x2) / 2;
  const centreY = (node.y1 + node.y2) / 2;
  switch (placement) {
    case 'below':
      return {
        x1: centreX - width / 2,
        x2: centreX + width / 2,
        y1: node.y2 + LABEL_OFFSET,
        y2: node.y2 + LABEL_OFFSET + height,
      };
    case 'above':
      return {
        x1: centreX - width / 2,
        x2: centreX + width / 2,
        y1: node.y1 - LABEL_OFFSET - height,
        y2: node.y1 - LABEL_OFFSET,
      };
    case 'right':
      return {
        x1: node.x2 + LABEL_OFFSET,
        x2: node.x2 + LABEL_OFFSET + width,
        y1: centreY - height / 2,
        y2: centreY + height / 2,
      };
    case 'left':
      return {
        x1: node.x1 - LABEL_OFFSET - width,
        x2: node.x1 - LABEL_OFFSET,
        y1: centreY - height / 2,
        y2: centreY + height / 2,
      };
  }
}

/** Room kept clear around each label, in CSS pixels, so neighbours do not touch. */
const LABEL_GAP = 3;
const CELL = 64;
/** The share of a label a node may cover when no clear place is left: a corner, not a word. */
const MOSTLY_CLEAR = 0.12;

/** The order in which labels claim their room; the rest fills in by number of connections. */
export const LABEL_PRIORITY = {
  forced: 4e6,
  selected: 3e6,
  focusOrPath: 2e6,
  neighbour: 1e6,
} as const;

const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 + LABEL_GAP &&
  b.x1 < a.x2 + LABEL_GAP &&
  a.y1 < b.y2 + LABEL_GAP &&
  b.y1 < a.y2 + LABEL_GAP;

/**
 * Which labels are drawn, and where: in priority order, each label takes the first place
 * around its node where it collides with no label already placed and covers no other
 * node (`obstacles`, by id); a label with no such place is not drawn. Labels of `forced`
 * nodes (hover, keyboard cursor) are placed first, below their node, whatever they cover.
 * A grid of cells keeps this near linear on large graphs.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  forced: ReadonlySet<string> = new Set(),
  obstacles: readonly { id: string; box: Box }[] = [],
  viewport: Box = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity },
): Map<string, Placement> {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(forced.has(b.id)) - Number(forced.has(a.id)) ||
      b.priority - a.priority ||
      a.id.localeCompare(b.id),
  );
  const labels = createGrid<string>();
  const nodes = createGrid<string>();
  for (const obstacle of obstacles) nodes.add(obstacle.box, obstacle.id);
  const placed = new Map<string, Placement>();
  for (const candidate of ordered) {
    // Never over another label nor cut by the edge of the view. By preference off other
    // nodes, since a node drawn over a label hides what it covers; else with at most a corner
    // under a node. Only the labels of what the view is about (the selection, a focus or
    // path, their neighbours) may lie over a node when nowhere else is free.
    const inView = (box: Box) => isInside(box, viewport);
    const others = (owner: string) => owner !== candidate.id;
    const tiers = [
      (box: Box) => inView(box) && !nodes.hits(box, others),
      (box: Box) => inView(box) && nodes.coveredShare(box, others) <= MOSTLY_CLEAR,
      ...(candidate.priority >= LABEL_PRIORITY.neighbour ? [inView] : []),
    ];
    const fits = (placement: Placement, tier: (box: Box) => boolean) => {
      const box = labelBox(candidate, placement);
      return !labels.hits(box, () => true) && tier(box);
    };
    let placement: Placement | undefined = forced.has(candidate.id) ? 'below' : undefined;
    for (const tier of tiers) {
      placement ??= PLACEMENTS.find((option) => fits(option, tier));
    }
    if (!placement) continue;
    placed.set(candidate.id, placement);
    labels.add(labelBox(candidate, placement), candidate.id);
  }
  return placed;
}

const isInside = (box: Box, area: Box) =>
  box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;

/**
 * Of labels as actually drawn, in priority order, those that cover an earlier one: a last
 * check, since a label's drawn box can differ by a pixel or two from the placed estimate.
 */
export function selectCoveringLabels(drawn: readonly { id: string; box: Box }[]): Set<string> {
  const kept = createGrid<string>();
  const covering = new Set<string>();
  for (const label of drawn) {
    if (kept.hits(label.box, () => true)) covering.add(label.id);
    else kept.add(label.box, label.id);
  }
  return covering;
}

/** Boxes bucketed by cell, so a collision test looks only at near neighbours. */
function createGrid<T>() {
  const cells = new Map<string, { box: Box; owner: T }[]>();
  const keysOf = (box: Box) => {
    const keys: string[] = [];
    const cell = (value: number) => Math.floor(value / CELL);
    for (let x = cell(box.x1 - LABEL_GAP); x <= cell(box.x2 + LABEL_GAP); x++) {
      for (let y = cell(box.y1 - LABEL_GAP); y <= cell(box.y2 + LABEL_GAP); y++)
        keys.push(`${x}:${y}`);
    }
    return keys;
  };
  return {
    add(box: Box, owner: T) {
      // One entry in every cell the box touches, the same object, so a box counts once.
      const entry = { box, owner };
      for (const key of keysOf(box)) {
        const entries = cells.get(key);
        if (entries) entries.push(entry);
        else cells.set(key, [entry]);
      }
    },
    /** How much of `box` the counted boxes cover, as a share of its area (where they overlap, twice). */
    coveredShare(box: Box, counts: (owner: T) => boolean) {
      const seen = new Set<{ box: Box; owner: T }>();
      let covered = 0;
      for (const key of keysOf(box)) {
        for (const entry of cells.get(key) ?? []) {
          if (seen.has(entry) || !counts(entry.owner)) continue;
          seen.add(entry);
          const width = Math.min(box.x2, entry.box.x2) - Math.max(box.x1, entry.box.x1);
          const height = Math.min(box.y2, entry.box.y2) - Math.max(box.y1, entry.box.y1);
          if (width > 0 && height > 0) covered += width * height;
        }
      }
      return covered / Math.max(1, (box.x2 - box.x1) * (box.y2 - box.y1));
    },
    hits(box: Box, counts: (owner: T) => boolean) {
      return keysOf(box).some((key) =>
        (cells.get(key) ?? []).some((entry) => counts(entry.owner) && overlaps(entry.box, box)),
      );
    },
  };
}
