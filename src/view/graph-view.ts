import { relationshipsOf, type IndexedDataset } from '../data/model/indexed-dataset';
import type { Entity, Relationship } from '../data/schema/schema';
import {
  selectNeighbourhood,
  selectShortestPaths,
  type EntityPath,
  type RelationshipFilter,
} from '../data/model/traversal';
import { deriveWalkthrough, selectStoryStep, type StoryStep } from '../data/model/walkthrough';
import type { ViewState } from '../url/view-state';
import type { GraphClasses } from './graph-classes';
import {
  rankForOverview,
  selectCanvas,
  selectLimit,
  type Anchors,
  type Canvas,
  type Ranking,
} from './overview-step';
import { selectDrawn } from './drawn-step';
import { selectOutsideWindow } from './time-window-step';

/** The parts of a view state the graph depends on; nothing else can change what it draws. */
export const GRAPH_VIEW_INPUT_KEYS = [
  'page',
  'focus',
  'others',
  'hiddenTypes',
  'hiddenRelationships',
  'hiddenCertainties',
  'unlinked',
  'show',
  'pathFrom',
  'pathTo',
  'timeWindow',
  'step',
] as const satisfies readonly (keyof ViewState)[];
export type GraphViewInput = Pick<ViewState, (typeof GRAPH_VIEW_INPUT_KEYS)[number]>;

export interface GraphView extends Omit<GraphClasses, 'cursor'> {
  /**
   * The part of the dataset that enters Cytoscape. The class sets name only its elements,
   * and `hidden` leaves out relationships that Cytoscape hides with a hidden end.
   */
  canvas: Canvas;
  /** On a large dataset, how many entities the canvas takes by rank, of how many. */
  overview: { limit: number; total: number } | null;
  /** Whether an entity or relationship is drawn: in the canvas, neither it nor an end hidden. */
  isDrawn(id: string): boolean;
  /**
   * Whether it is part of what the view shows: what filters, focus and path leave drawn and not
   * faded, whether or not an overview leaves it out of the canvas. What the claims table lists
   * and what an export holds.
   */
  isInView(id: string): boolean;
  /** What the view model draws (the canvas reports what Cytoscape drew separately). */
  visibleNodeCount: number;
  visibleEdgeCount: number;
  /** True when an overview, filters or a focus leave part of the dataset out or in the background. */
  isPartial: boolean;
  /** Entities hidden only because filters left them without a visible link. */
  unlinkedCount: number;
  paths: EntityPath[];
  /**
   * What the canvas should frame after a change of focus or path: `key` changes when the
   * framing should happen again; `ids` are the elements to fit.
   */
  frame: { key: string; ids: string[] } | null;
  /** Relationships the filters allow; traversals (focus, paths, keyboard) walk only these. */
  isRelationshipAllowed: RelationshipFilter;
}

type Frame = GraphView['frame'];

/** Step 1's answer: what the filters keep and allow, and what they hide of a canvas. */
export interface Filtered {
  /** What the filters hide of what the canvas holds. */
  hiddenIn(canvas: Canvas): Set<string>;
  /** The selection (and a selected relationship's ends): drawn whatever the filters say. */
  kept: ReadonlySet<string>;
  isRelationshipAllowed: RelationshipFilter;
  unlinkedCount: number;
}

/** Step 2a's answer: what a focus reaches, and what it does to the rest. */
export interface Focused {
  /** What lies beyond the reach in the canvas, when the focus does `mode` to the rest. */
  outsideIn(canvas: Canvas, mode: GraphViewInput['others']): Set<string>;
  reached: ReadonlySet<string>;
  frame: Frame;
}

/** Step 2b's answer: the shortest paths between the two chosen entities. */
export interface Pathed {
  paths: EntityPath[];
  /** Every entity and relationship on one of the paths. */
  path: ReadonlySet<string>;
  frame: Frame;
}

/**
 * What the canvas should show for a view state: filters, then focus or path, then the
 * overview of a large dataset (what enters the canvas), then what of it is hidden or faded.
 * Each step is a pure function over the dataset. `ranking` is asked for only by an overview.
 */
export function selectGraphView(
  dataset: IndexedDataset,
  state: GraphViewInput,
  ranking: () => Ranking = () => rankForOverview(dataset),
): GraphView {
  const filtered = selectFiltered(dataset, state);
  const focused = selectFocused(dataset, state, filtered);
  const pathed = selectPathed(dataset, state, filtered.isRelationshipAllowed);
  const story = selectStory(dataset, state);
  const near = selectEmphasised(dataset, state, filtered.isRelationshipAllowed);
  const limit = selectLimit(dataset.entities.length, state.show);
  const canvas = selectCanvas(
    dataset,
    ranking,
    limit,
    selectAnchors(state, filtered, focused, pathed, story, near),
  );
  const inCanvas = (ids: Iterable<string>) => new Set([...ids].filter((id) => canvas.has(id)));
  const emphasised = inCanvas(story ? story.added : near);
  const drawn = selectDrawn(dataset, canvas, {
    hidden: [...filtered.hiddenIn(canvas), ...focused.outsideIn(canvas, 'hide')],
    faded: focused.outsideIn(canvas, 'fade'),
    told: story?.told ?? null,
    path: pathed.path,
  });
  const { isDrawn, faded } = drawn;
  const frame =
    pathed.frame ??
    focused.frame ??
    (story ? storyFrame(state, story) : selectionFrame(dataset, state, emphasised));
  let whole: GraphView | null = null;
  const isInView =
    limit === null
      ? (id: string) => isDrawn(id) && !faded.has(id)
      : (id: string) => {
          // Asked of the whole dataset only when a table or an export needs it.
          whole ??= selectGraphView(dataset, { ...state, show: 'all' }, ranking);
          return whole.isInView(id);
        };
  return {
    ...drawn,
    canvas,
    overview: limit === null ? null : { limit, total: dataset.entities.length },
    isInView,
    emphasised,
    path: pathed.path,
    prominent: inCanvas(focused.reached),
    selected: selectedId(state),
    paths: pathed.paths,
    frame: frame && { key: frame.key, ids: frame.ids.filter((id) => canvas.has(id)) },
    isRelationshipAllowed: filtered.isRelationshipAllowed,
    isPartial: drawn.hidden.size > 0 || faded.size > 0 || limit !== null,
    unlinkedCount: filtered.unlinkedCount,
  };
}

/** What an overview must draw whatever its rank, so a link always shows what it names. */
function selectAnchors(
  state: GraphViewInput,
  filtered: Filtered,
  focused: Focused,
  pathed: Pathed,
  story: StoryStep | null,
  near: ReadonlySet<string>,
): Anchors {
  // A walkthrough draws all it has told so far, not only what this paragraph adds.
  const named = [...filtered.kept, ...pathed.path, ...(story?.told ?? [])];
  if (state.focus) named.push(state.focus.id);
  return { named, near: [...near, ...focused.reached] };
}

function selectedId(state: GraphViewInput): string | null {
  return state.page.kind === 'entity' || state.page.kind === 'relationship' ? state.page.id : null;
}

/**
 * Step 1: what the type, relationship and certainty filters and the time window leave; the
 * selection always stays. What they hide is asked of the canvas, once the overview has
 * chosen it.
 */
export function selectFiltered(dataset: IndexedDataset, state: GraphViewInput): Filtered {
  const outsideWindow = selectOutsideWindow(dataset, state.timeWindow);
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenRelationships = new Set(state.hiddenRelationships);
  const hiddenCertainties = new Set(state.hiddenCertainties);
  const selected = selectedId(state);
  // What is selected stays drawn, whatever the filters say; a relationship needs its ends for that.
  const selectedRelationship =
    state.page.kind === 'relationship' ? dataset.relationshipById.get(state.page.id) : undefined;
  const kept = new Set(
    selectedRelationship
      ? [selectedRelationship.id, selectedRelationship.source, selectedRelationship.target]
      : selected
        ? [selected]
        : [],
  );
  const isEntityShown = (id: string) =>
    kept.has(id) || (!hiddenTypes.has(dataset.entityById.get(id)!.type) && !outsideWindow.has(id));
  const isRelationshipAllowed = (relationship: Relationship) =>
    kept.has(relationship.id) ||
    (!hiddenRelationships.has(relationship.type) &&
      !outsideWindow.has(relationship.id) &&
      !hiddenCertainties.has(relationship.certainty) &&
      isEntityShown(relationship.source) &&
      isEntityShown(relationship.target));

  // An entity whose every link a relationship or certainty filter took away would float
  // unconnected, saying nothing: it goes too, unless the user keeps such entities.
  const isLinkFiltered = hiddenRelationships.size > 0 || hiddenCertainties.size > 0;
  const isUnlinked = (entity: Entity) => {
    if (!isLinkFiltered || state.unlinked === 'show' || kept.has(entity.id)) return false;
    if (!isEntityShown(entity.id)) return false;
    const links = relationshipsOf(dataset, entity.id);
    return links.length > 0 && links.every((relationship) => !isRelationshipAllowed(relationship));
  };
  const unlinkedCount = isLinkFiltered ? dataset.entities.filter(isUnlinked).length : 0;
  const hiddenIn = (canvas: Canvas) => {
    const hidden = new Set<string>();
    for (const entity of canvas.entities) {
      if (!isEntityShown(entity.id) || isUnlinked(entity)) hidden.add(entity.id);
    }
    for (const relationship of canvas.relationships) {
      if (!isRelationshipAllowed(relationship)) hidden.add(relationship.id);
    }
    return hidden;
  };
  return { hiddenIn, kept, isRelationshipAllowed, unlinkedCount };
}

/** Step 2a: a focus fades or hides everything beyond its reach. */
export function selectFocused(
  dataset: IndexedDataset,
  state: GraphViewInput,
  filtered: Filtered,
): Focused {
  if (!state.focus) return { outsideIn: () => new Set(), reached: new Set(), frame: null };
  const { id, depth, direction } = state.focus;
  const near = selectNeighbourhood(dataset, id, depth, direction, filtered.isRelationshipAllowed);
  const outsideIn = (canvas: Canvas, mode: GraphViewInput['others']) => {
    const outside = new Set<string>();
    if (mode !== state.others) return outside;
    const isOutside = (elementId: string, nearIds: ReadonlySet<string>) =>
      !nearIds.has(elementId) && !filtered.kept.has(elementId);
    for (const entity of canvas.entities) {
      if (isOutside(entity.id, near.entityIds)) outside.add(entity.id);
    }
    for (const relationship of canvas.relationships) {
      if (isOutside(relationship.id, near.relationshipIds)) outside.add(relationship.id);
    }
    return outside;
  };
  const key = `focus:${id}:${depth}:${direction}:${state.others}`;
  return { outsideIn, reached: near.entityIds, frame: { key, ids: [...near.entityIds] } };
}

/** Step 2b: the shortest paths between the two chosen entities, and what they pass through. */
export function selectPathed(
  dataset: IndexedDataset,
  state: GraphViewInput,
  isRelationshipAllowed: RelationshipFilter,
): Pathed {
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
  const frame = paths.length
    ? { key: `path:${state.pathFrom}:${state.pathTo}`, ids: [...path] }
    : null;
  return { paths, path, frame };
}

/**
 * Step 2c: a walkthrough draws what the story has told by its paragraph, and what that
 * paragraph adds stands out; null outside a walkthrough.
 */
export function selectStory(dataset: IndexedDataset, state: GraphViewInput): StoryStep | null {
  if (state.page.kind !== 'walkthrough' || !dataset.sourceById.has(state.page.id)) return null;
  return selectStoryStep(deriveWalkthrough(dataset, state.page.id), state.step);
}

/** A walkthrough frames all it has told, so the picture grows around what is new. */
function storyFrame(state: GraphViewInput, story: StoryStep): Frame {
  if (story.told.size === 0) return null;
  return { key: `story:${JSON.stringify(state.page)}:${state.step}`, ids: [...story.told] };
}

/** Step 3: around a selection, its neighbourhood stands out. */
export function selectEmphasised(
  dataset: IndexedDataset,
  state: GraphViewInput,
  isRelationshipAllowed: RelationshipFilter,
): Set<string> {
  const emphasised = new Set<string>();
  if (state.page.kind === 'entity' && dataset.entityById.has(state.page.id)) {
    const near = selectNeighbourhood(dataset, state.page.id, 1, 'both', isRelationshipAllowed);
    for (const id of [...near.entityIds, ...near.relationshipIds]) emphasised.add(id);
  } else if (state.page.kind === 'relationship') {
    const relationship = dataset.relationshipById.get(state.page.id);
    if (relationship)
      [relationship.source, relationship.target].forEach((id) => emphasised.add(id));
  }
  return emphasised;
}

/** Opening an entity frames it and its neighbours; opening a relationship frames its ends. */
function selectionFrame(
  dataset: IndexedDataset,
  state: GraphViewInput,
  emphasised: ReadonlySet<string>,
): Frame {
  if (state.page.kind === 'entity' && dataset.entityById.has(state.page.id)) {
    return { key: `entity:${state.page.id}`, ids: [...emphasised] };
  }
  if (state.page.kind === 'relationship' && dataset.relationshipById.has(state.page.id)) {
    return { key: `relationship:${state.page.id}`, ids: [...emphasised, state.page.id] };
  }
  return null;
}
