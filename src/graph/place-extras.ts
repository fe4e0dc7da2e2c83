import type { ElementDefinition, Position } from 'cytoscape';

/** Distance between neighbours placed around one centre, in model units (a labelled node). */
const SPACING = 90;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const isExtraNode = (element: ElementDefinition) =>
  element.group === 'nodes' && element.data.isExtra === true;

/**
 * Splits the elements an overview draws: the core is laid out; the extras (entities brought
 * in for a selection, a focus or a path, and their links) are placed by `placeExtras`.
 */
export function splitExtras(elements: readonly ElementDefinition[]): {
  core: ElementDefinition[];
  hasExtras: boolean;
} {
  const extras = new Set(elements.filter(isExtraNode).map((element) => String(element.data.id)));
  if (extras.size === 0) return { core: [...elements], hasExtras: false };
  const core = elements.filter((element) =>
    element.group === 'nodes'
      ? !extras.has(String(element.data.id))
      : !extras.has(String(element.data.source)) && !extras.has(String(element.data.target)),
  );
  return { core, hasExtras: true };
}

/**
 * Where extras go, given where the core was laid out: each beside the placed entities it is
 * linked to, on a sunflower spiral around their centre; extras linked to nothing placed, in a
 * spiral below the rest. Deterministic, and it never moves what is placed, so bringing in a
 * selection's neighbourhood leaves the picture where it was.
 */
export function placeExtras(
  placed: ReadonlyMap<string, Position>,
  elements: readonly ElementDefinition[],
): Map<string, Position> {
  const positions = new Map(placed);
  const extras = elements
    .filter(isExtraNode)
    .map((element) => String(element.data.id))
    .filter((id) => !positions.has(id))
    .sort();
  const neighbours = new Map<string, string[]>(extras.map((id) => [id, []]));
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const [source, target] = [String(element.data.source), String(element.data.target)];
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }
  for (const list of neighbours.values()) list.sort();
  const aroundCount = new Map<string, number>();
  const placeAround = (id: string, centre: Position) => {
    const key = `${Math.round(centre.x)},${Math.round(centre.y)}`;
    const k = aroundCount.get(key) ?? 0;
    aroundCount.set(key, k + 1);
    const radius = SPACING * Math.sqrt(k + 1);
    positions.set(id, {
      x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
    });
  };
  // Breadth first from what is placed, so each extra sits by the nearest placed neighbours.
  const queued = new Set<string>();
  const spreadFrom = (queue: string[]) => {
    queue.forEach((id) => queued.add(id));
    for (let at = 0; at < queue.length; at++) {
      const id = queue[at]!;
      if (!positions.has(id)) {
        placeAround(
          id,
          centreOf(neighbours.get(id)!.flatMap((other) => positions.get(other) ?? [])),
        );
      }
      for (const other of neighbours.get(id)!) {
        if (neighbours.has(other) && !queued.has(other)) {
          queued.add(other);
          queue.push(other);
        }
      }
    }
  };
  spreadFrom(extras.filter((id) => neighbours.get(id)!.some((other) => positions.has(other))));
  // Extras joined to nothing placed start their own group, below everything.
  for (const id of extras) {
    if (positions.has(id)) continue;
    placeAround(id, belowAll([...positions.values()]));
    spreadFrom([id]);
  }
  return positions;
}

function centreOf(points: readonly Position[]): Position {
  const sum = points.reduce((total, point) => ({ x: total.x + point.x, y: total.y + point.y }), {
    x: 0,
    y: 0,
  });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

function belowAll(points: readonly Position[]): Position {
  if (points.length === 0) return { x: 0, y: 0 };
  const xs = points.map((point) => point.x);
  const bottom = Math.max(...points.map((point) => point.y));
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: bottom + 3 * SPACING };
}
