import type { Certainty, EntityType, RelationshipType } from '../data/schema/schema';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../data/schema/type-lists';
import { formatTimeWindow, parseTimeWindow, type TimeWindow } from '../data/time/time-points';
import { CLAIM_TYPES, type ClaimType } from '../data/model/claims';
import { DIRECTIONS, type Direction } from '../data/model/traversal';
import { CERTAINTIES } from '../data/schema/vocabulary';
import { DATASET_KEY, isDatasetId } from '../data/load/dataset-id';
import { isOneOf, pageHref, parsePage, type Page } from './pages';

/**
 * Everything a shared link restores. The path names what is open (see `pages.ts`);
 * query keys carry the rest. Defaults are never written, so a plain view has a plain URL.
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

/** A value in a link that could not be used, with the reason, for the notice. */
export interface RejectedValue {
  key: string;
  value: string;
  reason: string;
}

export const DEFAULT_VIEW: ViewState = {
  dataset: null,
  page: { kind: 'home' },
  focus: null,
  others: 'fade',
  hiddenTypes: [],
  hiddenRelationships: [],
  hiddenCertainties: [],
  unlinked: 'hide',
  show: null,
  query: '',
  pathFrom: null,
  pathTo: null,
  layout: 'fcose',
  span: null,
  timeWindow: null,
  step: 1,
  claims: { sort: { by: 'source', descending: false }, type: null, text: '' },
};

export const KEYS = {
  dataset: DATASET_KEY,
  focus: 'focus',
  depth: 'depth',
  direction: 'dir',
  others: 'others',
  hiddenTypes: 'hide-types',
  hiddenRelationships: 'hide-rels',
  hiddenCertainties: 'hide-certainty',
  unlinked: 'unlinked',
  show: 'show',
  query: 'q',
  pathFrom: 'from',
  pathTo: 'to',
  layout: 'layout',
  span: 'span',
  timeWindow: 'when',
  step: 'step',
  claimSort: 'sort',
  claimType: 'claim-type',
  claimText: 'claim-text',
} as const;

/** The keys that belong to the claims table. */
export const CLAIM_KEYS = [KEYS.claimSort, KEYS.claimType, KEYS.claimText] as const;

function parseList<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  key: string,
  rejected: RejectedValue[],
): T[] {
  if (!raw) return [];
  const wanted = new Set<string>();
  for (const value of raw.split(',').filter(Boolean)) {
    if (isOneOf(allowed, value)) wanted.add(value);
    else rejected.push({ key, value, reason: `not one of ${allowed.join(', ')}` });
  }
  return allowed.filter((value) => wanted.has(value));
}

function parseChoice<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
  key: string,
  rejected: RejectedValue[],
): T {
  if (raw === null) return fallback;
  if (isOneOf(allowed, raw)) return raw;
  rejected.push({ key, value: raw, reason: `not one of ${allowed.join(', ')}` });
  return fallback;
}

function parseDepth(raw: string | null, rejected: RejectedValue[]): Depth {
  if (raw === null) return 1;
  const depth = Number(raw);
  if (isDepth(depth) && String(depth) === raw) return depth;
  rejected.push({ key: KEYS.depth, value: raw, reason: `not one of ${DEPTHS.join(', ')}` });
  return 1;
}

function parseDatasetId(raw: string | null, rejected: RejectedValue[]): string | null {
  if (raw === null) return null;
  if (isDatasetId(raw)) return raw;
  rejected.push({ key: KEYS.dataset, value: raw, reason: 'not the id of a dataset' });
  return null;
}

function parseSpan(raw: string | null, rejected: RejectedValue[]): Span | null {
  if (raw === null) return null;
  const match = /^(\d+)-(\d+)$/.exec(raw);
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (match && end > start) return { start, end };
  rejected.push({ key: KEYS.span, value: raw, reason: 'not a range like 120-180' });
  return null;
}

/** At most a few million: more entities than any file Liaison opens. */
const SHOW_PATTERN = /^[1-9]\d{0,6}$/;

function parseShow(raw: string | null, rejected: RejectedValue[]): ShowLimit {
  if (raw === null) return null;
  if (raw === 'all') return 'all';
  if (SHOW_PATTERN.test(raw)) return Number(raw);
  rejected.push({
    key: KEYS.show,
    value: raw,
    reason: 'not a number of entities like 2000, or all',
  });
  return null;
}

function parseWindow(raw: string | null, rejected: RejectedValue[]): TimeWindow | null {
  if (raw === null) return null;
  const window = parseTimeWindow(raw);
  if (!window) {
    rejected.push({
      key: KEYS.timeWindow,
      value: raw,
      reason: 'not a window like 2023-06..2023-10 or 2023-10..pub-1m',
    });
  }
  return window;
}

function parseStep(raw: string | null, rejected: RejectedValue[]): number {
  if (raw === null) return 1;
  if (/^[1-9]\d{0,5}$/.test(raw)) return Number(raw);
  rejected.push({ key: KEYS.step, value: raw, reason: 'not a paragraph number like 4' });
  return 1;
}

function parseClaimSort(raw: string | null, rejected: RejectedValue[]): ClaimSort {
  if (raw === null) return DEFAULT_VIEW.claims.sort;
  const descending = raw.startsWith('-');
  const by = descending ? raw.slice(1) : raw;
  if (isOneOf(CLAIM_SORT_COLUMNS, by)) return { by, descending };
  rejected.push({
    key: KEYS.claimSort,
    value: raw,
    reason: `not one of ${CLAIM_SORT_COLUMNS.join(', ')}, each with an optional leading -`,
  });
  return DEFAULT_VIEW.claims.sort;
}

function parseClaims(params: URLSearchParams, rejected: RejectedValue[]): ClaimTableState {
  const type = params.get(KEYS.claimType);
  if (type !== null && !isOneOf(CLAIM_TYPES, type)) {
    rejected.push({ key: KEYS.claimType, value: type, reason: 'not a relationship type or event' });
  }
  return {
    sort: parseClaimSort(params.get(KEYS.claimSort), rejected),
    type: isOneOf(CLAIM_TYPES, type) ? type : null,
    text: params.get(KEYS.claimText) ?? '',
  };
}

function serialiseClaims(claims: ClaimTableState, params: URLSearchParams) {
  const { by, descending } = claims.sort;
  if (by !== DEFAULT_VIEW.claims.sort.by || descending) {
    params.set(KEYS.claimSort, `${descending ? '-' : ''}${by}`);
  }
  if (claims.type) params.set(KEYS.claimType, claims.type);
  if (claims.text) params.set(KEYS.claimText, claims.text);
}

/** Reads a URL into a view state; values it cannot read are dropped and listed. */
export function parseViewState(
  pathname: string,
  search: string,
): { state: ViewState; rejected: RejectedValue[] } {
  const params = new URLSearchParams(search);
  const rejected: RejectedValue[] = [];
  const page = parsePage(pathname) ?? DEFAULT_VIEW.page;
  const focusId = params.get(KEYS.focus);
  const depth = parseDepth(params.get(KEYS.depth), rejected);
  const direction = parseChoice(
    params.get(KEYS.direction),
    DIRECTIONS,
    'both',
    KEYS.direction,
    rejected,
  );
  const state: ViewState = {
    dataset: parseDatasetId(params.get(KEYS.dataset), rejected),
    page,
    focus: focusId ? { id: focusId, depth, direction } : null,
    others: parseChoice(params.get(KEYS.others), OTHERS_MODES, 'fade', KEYS.others, rejected),
    hiddenTypes: parseList(params.get(KEYS.hiddenTypes), ENTITY_TYPES, KEYS.hiddenTypes, rejected),
    hiddenRelationships: parseList(
      params.get(KEYS.hiddenRelationships),
      RELATIONSHIP_TYPES,
      KEYS.hiddenRelationships,
      rejected,
    ),
    hiddenCertainties: parseList(
      params.get(KEYS.hiddenCertainties),
      CERTAINTIES,
      KEYS.hiddenCertainties,
      rejected,
    ),
    unlinked: parseChoice(
      params.get(KEYS.unlinked),
      UNLINKED_MODES,
      'hide',
      KEYS.unlinked,
      rejected,
    ),
    show: parseShow(params.get(KEYS.show), rejected),
    query: params.get(KEYS.query) ?? '',
    pathFrom: params.get(KEYS.pathFrom) || null,
    pathTo: params.get(KEYS.pathTo) || null,
    layout: parseChoice(params.get(KEYS.layout), LAYOUTS, 'fcose', KEYS.layout, rejected),
    span: parseSpan(params.get(KEYS.span), rejected),
    timeWindow: parseWindow(params.get(KEYS.timeWindow), rejected),
    step: parseStep(params.get(KEYS.step), rejected),
    claims: parseClaims(params, rejected),
  };
  if (!focusId && (params.has(KEYS.depth) || params.has(KEYS.direction))) {
    // Depth and direction only mean something with a focus; say so rather than drop silently.
    for (const key of [KEYS.depth, KEYS.direction]) {
      const value = params.get(key);
      if (value !== null) rejected.push({ key, value, reason: 'needs a focus' });
    }
  }
  for (const key of params.keys()) {
    if (!isOneOf(Object.values(KEYS), key)) {
      rejected.push({ key, value: params.get(key) ?? '', reason: 'not a Liaison link key' });
    }
  }
  return { state, rejected };
}

/** The URL (path and query) of a view state, with defaults left out and keys in a fixed order. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set(KEYS.dataset, state.dataset);
  if (state.focus) {
    params.set(KEYS.focus, state.focus.id);
    if (state.focus.depth !== 1) params.set(KEYS.depth, String(state.focus.depth));
    if (state.focus.direction !== 'both') params.set(KEYS.direction, state.focus.direction);
  }
  if (state.others !== DEFAULT_VIEW.others) params.set(KEYS.others, state.others);
  if (state.hiddenTypes.length) params.set(KEYS.hiddenTypes, state.hiddenTypes.join(','));
  if (state.hiddenRelationships.length) {
    params.set(KEYS.hiddenRelationships, state.hiddenRelationships.join(','));
  }
  if (state.hiddenCertainties.length) {
    params.set(KEYS.hiddenCertainties, state.hiddenCertainties.join(','));
  }
  if (state.unlinked !== DEFAULT_VIEW.unlinked) params.set(KEYS.unlinked, state.unlinked);
  if (state.show !== null) params.set(KEYS.show, String(state.show));
  if (state.query) params.set(KEYS.query, state.query);
  if (state.pathFrom) params.set(KEYS.pathFrom, state.pathFrom);
  if (state.pathTo) params.set(KEYS.pathTo, state.pathTo);
  if (state.layout !== DEFAULT_VIEW.layout) params.set(KEYS.layout, state.layout);
  if (state.span) params.set(KEYS.span, `${state.span.start}-${state.span.end}`);
  if (state.timeWindow) params.set(KEYS.timeWindow, formatTimeWindow(state.timeWindow));
  if (state.step !== DEFAULT_VIEW.step) params.set(KEYS.step, String(state.step));
  serialiseClaims(state.claims, params);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${pageHref(state.page)}?${query}` : pageHref(state.page);
}
