import type { IndexedDataset } from '../data/indexed-dataset';
import type { Relationship } from '../data/schema';
import { selectNeighbourhood, selectShortestPaths, type EntityPath } from '../data/traversal';
import type { ViewState } from '../url/view-state';
import type { GraphClasses } from './graph-adapter';

export interface GraphView extends Omit<GraphClasses, 'cursor'> {
  visibleNodeCount: number;
  visibleEdgeCount: number;
  paths: EntityPath[];
  /**
   * What the canvas should frame after a change of focus or path: `key` changes when the
   * framing should happen again; `ids` are the elements to fit.
   */
  frame: { key: string; ids: string[] } | null;
  /** Relationships the filters allow; traversals (focus, paths, keyboard) walk only these. */
  isRelationshipAllowed: (relationship: Relationship) => boolean;
}

/**
 * What the canvas should show for a view state: the chain filters → focus →
 * selection → path, each a pure step over the dataset.
 */
export function selectGraphView(dataset: IndexedDataset, state: ViewState): GraphView {
  const { entities, relationships } = dataset;
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenRelationships = new Set(state.hiddenRelationships);
  const hiddenCertainties = new Set(state.hiddenCertainties);
  const selectedId =
    state.page.kind === 'entity' || state.page.kind === 'relationship' ? state.page.id : null;

  // What is selected stays drawn, whatever the filters say; a relationship needs its ends for that.
  const selectedRelationship =
    state.page.kind === 'relationship' ? dataset.relationshipById.get(state.page.id) : undefined;
  const kept = new Set(
    selectedRelationship
      ? [selectedRelationship.id, selectedRelationship.source, selectedRelationship.target]
      : selectedId
        ? [selectedId]
        : [],
  );
  const isEntityShown = (id: string) =>
    kept.has(id) || !hiddenTypes.has(dataset.entityById.get(id)!.type);
  const isRelationshipAllowed = (relationship: Relationship) =>
    kept.has(relationship.id) ||
    (!hiddenRelationships.has(relationship.type) &&
      !hiddenCertainties.has(relationship.certainty) &&
      isEntityShown(relationship.source) &&
      isEntityShown(relationship.target));

  const hidden = new Set<string>();
  for (const entity of entities) if (!isEntityShown(entity.id)) hidden.add(entity.id);
  for (const relationship of relationships) {
    if (!isRelationshipAllowed(relationship)) hidden.add(relationship.id);
  }

  const faded = new Set<string>();
  let frame: GraphView['frame'] = null;
  if (state.focus) {
    const near = selectNeighbourhood(
      dataset,
      state.focus.id,
      state.focus.depth,
      state.focus.direction,
      isRelationshipAllowed,
    );
    const { id, depth, direction } = state.focus;
    frame = { key: `focus:${id}:${depth}:${direction}:${state.others}`, ids: [...near.entityIds] };
    const outside = state.others === 'hide' ? hidden : faded;
    for (const entity of entities) {
      if (!near.entityIds.has(entity.id) && !kept.has(entity.id)) outside.add(entity.id);
    }
    for (const relationship of relationships) {
      if (!near.relationshipIds.has(relationship.id) && !kept.has(relationship.id)) {
        outside.add(relationship.id);
      }
    }
  }

  const emphasised = new Set<string>();
  if (state.page.kind === 'entity' && dataset.entityById.has(state.page.id)) {
    const near = selectNeighbourhood(dataset, state.page.id, 1, 'both', isRelationshipAllowed);
    for (const id of [...near.entityIds, ...near.relationshipIds]) emphasised.add(id);
  } else if (state.page.kind === 'relationship') {
    const relationship = dataset.relationshipById.get(state.page.id);
    if (relationship)
      [relationship.source, relationship.target].forEach((id) => emphasised.add(id));
  }

  const paths =
    state.pathFrom && state.pathTo
      ? selectShortestPaths(dataset, state.pathFrom, state.pathTo, isRelationshipAllowed)
      : [];
  const path = new Set<string>();
  for (const found of paths) {
    found.entityIds.forEach((id) => path.add(id));
    found.hops.forEach((hop) =>
      hop.relationships.forEach((relationship) => path.add(relationship.id)),
    );
  }
  if (paths.length > 0) {
    frame = { key: `path:${state.pathFrom}:${state.pathTo}`, ids: [...path] };
  }
  // A path must be readable even where the focus would hide or fade it.
  for (const id of path) {
    hidden.delete(id);
    faded.delete(id);
  }

  const isDrawn = (id: string) => !hidden.has(id);
  return {
    hidden,
    faded,
    emphasised,
    path,
    selected: selectedId,
    paths,
    frame,
    isRelationshipAllowed,
    visibleNodeCount: entities.filter((entity) => isDrawn(entity.id)).length,
    visibleEdgeCount: relationships.filter(
      (relationship) =>
        isDrawn(relationship.id) && isDrawn(relationship.source) && isDrawn(relationship.target),
    ).length,
  };
}
