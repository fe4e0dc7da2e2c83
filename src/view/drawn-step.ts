import type { IndexedDataset } from '../data/model/indexed-dataset';
import type { Relationship } from '../data/schema/schema';
import type { Canvas } from './overview-step';

/** What the earlier steps ask of the canvas's elements. */
export interface DrawnLayers {
  /** Hidden by the filters or a focus that hides the rest. */
  hidden: Iterable<string>;
  /** Faded by a focus that fades the rest. */
  faded: Iterable<string>;
  /** In a walkthrough, what the story has told so far; everything else is hidden. */
  told: ReadonlySet<string> | null;
  path: ReadonlySet<string>;
}

export interface Drawn {
  /** Elements that wear the hidden class. */
  hidden: Set<string>;
  faded: Set<string>;
  isDrawn(id: string): boolean;
  visibleNodeCount: number;
  visibleEdgeCount: number;
}

/**
 * Step 5: which of the canvas's elements are hidden and faded, and so what is drawn. A path is
 * read against a quiet background: everything off it steps back, and the path stays readable
 * even where the focus would hide or fade it. The layers are read, never changed.
 */
export function selectDrawn(dataset: IndexedDataset, canvas: Canvas, layers: DrawnLayers): Drawn {
  const hidden = new Set(layers.hidden);
  const faded = new Set(layers.faded);
  const { told, path } = layers;
  const everything = [...canvas.entities, ...canvas.relationships];
  if (told) for (const { id } of everything) if (!told.has(id)) hidden.add(id);
  if (path.size > 0) {
    for (const { id } of everything) if (!path.has(id)) faded.add(id);
    for (const id of path) {
      hidden.delete(id);
      faded.delete(id);
    }
  }
  dropImpliedByEnds(hidden, canvas.relationships);
  const isDrawn = selectIsDrawn(dataset, canvas, hidden);
  return {
    hidden,
    faded,
    isDrawn,
    visibleNodeCount: canvas.entities.filter((entity) => isDrawn(entity.id)).length,
    visibleEdgeCount: canvas.relationships.filter((relationship) => isDrawn(relationship.id))
      .length,
  };
}

/**
 * Cytoscape hides a relationship with either of its ends: a class on it as well would
 * only triple the restyling when a type is hidden.
 */
function dropImpliedByEnds(hidden: Set<string>, relationships: readonly Relationship[]) {
  for (const relationship of relationships) {
    if (hidden.has(relationship.source) || hidden.has(relationship.target)) {
      hidden.delete(relationship.id);
    }
  }
}

/** An entity is drawn when it is in the canvas and not hidden; a relationship, with both ends. */
function selectIsDrawn(
  dataset: IndexedDataset,
  canvas: Canvas,
  hidden: ReadonlySet<string>,
): (id: string) => boolean {
  const isShown = (id: string) => canvas.has(id) && !hidden.has(id);
  return (id) => {
    const relationship = dataset.relationshipById.get(id);
    return relationship
      ? isShown(id) && isShown(relationship.source) && isShown(relationship.target)
      : isShown(id);
  };
}
