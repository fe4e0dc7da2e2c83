import type { Certainty, EntityType, RelationshipType } from '../data/schema/schema';
import type { TimeWindow } from '../data/time/time-points';
import type { ClaimType } from '../data/model/claims';
import { DIRECTIONS, type Direction } from '../data/model/traversal';
import { isOneOf, type Page } from './pages';

/**
 * Everything a shared link restores, and the values each part may take. The path names what
 * is open (see `pages.ts`); query keys carry the rest, one row per key in `view-keys.ts`.
 */
export { DIRECTIONS, type Direction, type TimeWindow };
export type { Page };
export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];
export const OTHERS_MODES = ['fade', 'hide'] as const;
export type OthersMode = (typeof OTHERS_MODES)[number];
/** Whether entities left without a visible link by a relationship or certainty filter stay drawn. */
export const UNLINKED_MODES = ['hide', 'show'] as const;
export type UnlinkedMode = (typeof UNLINKED_MODES)[number];
/**
 * How many entities a large graph draws, the best connected first: a count, every one, or
 * (null) the overview's default for the dataset's size. See docs/decisions/0007-overview-first.md.
 */
export type ShowLimit = number | 'all' | null;
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const isDepth = (value: unknown): value is Depth => isOneOf(DEPTHS, value);
export const isDirection = (value: unknown): value is Direction => isOneOf(DIRECTIONS, value);
export const isLayoutName = (value: unknown): value is LayoutName => isOneOf(LAYOUTS, value);

/** What the claims table can be sorted by; `source` is reading order, the default. */
export const CLAIM_SORT_COLUMNS = ['source', 'claim', 'type', 'certainty', 'date'] as const;
export type ClaimSortColumn = (typeof CLAIM_SORT_COLUMNS)[number];
export interface ClaimSort {
  by: ClaimSortColumn;
  descending: boolean;
}

/** The claims table's own state; it only means something on the claims page. */
export interface ClaimTableState {
  sort: ClaimSort;
  type: ClaimType | null;
  text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface ViewState {
  /** The stored dataset shown; null for the bundled one. */
  dataset: string | null;
  page: Page;
  focus: { id: string; depth: Depth; direction: Direction } | null;
  others: OthersMode;
  hiddenTypes: readonly EntityType[];
  hiddenRelationships: readonly RelationshipType[];
  hiddenCertainties: readonly Certainty[];
  unlinked: UnlinkedMode;
  show: ShowLimit;
  query: string;
  pathFrom: string | null;
  pathTo: string | null;
  layout: LayoutName;
  span: Span | null;
  /** The time window the graph is filtered to; either end may be open. */
  timeWindow: TimeWindow | null;
  /** The paragraph a walkthrough is at, from 1. */
  step: number;
  claims: ClaimTableState;
}
