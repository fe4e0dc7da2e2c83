import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../data/schema/type-lists';
import { formatTimeWindow, parseTimeWindow } from '../data/time/time-points';
import { CLAIM_TYPES } from '../data/model/claims';
import { DIRECTIONS } from '../data/model/traversal';
import { CERTAINTIES } from '../data/schema/vocabulary';
import { DATASET_KEY, isDatasetId } from '../data/load/dataset-id';
import type { KeyRow, KeyTable } from './key-codec';
import { isOneOf } from './pages';
import {
  CLAIM_SORT_COLUMNS,
  DEPTHS,
  LAYOUTS,
  OTHERS_MODES,
  UNLINKED_MODES,
  isDepth,
  type ViewState,
} from './view-state-types';

/**
 * The one table of query keys: for each part of the view state, its key, how it reads and
 * writes, its default (never written), and the pages it means something on. The codec, the
 * defaults, page scoping and the notice of dropped values all follow from it, and the URL
 * writes its keys in this order. A new key is a row here and a field of `ViewState`.
 */
export const VIEW_KEYS: KeyTable<Omit<ViewState, 'page'>> = {
  dataset: {
    key: DATASET_KEY,
    default: null,
    parse: (raw, drop) => (isDatasetId(raw) ? raw : drop('not the id of a dataset')),
    serialise: (id) => id ?? undefined,
  },
  focus: {
    members: {
      id: text('focus'),
      depth: {
        key: 'depth',
        default: 1,
        parse: (raw, drop) => {
          const depth = Number(raw);
          return isDepth(depth) && String(depth) === raw ? depth : drop(oneOf(DEPTHS));
        },
        serialise: String,
      },
      direction: choice('dir', DIRECTIONS, 'both'),
    },
    lead: { member: 'id', reason: 'needs a focus' },
  },
  others: choice('others', OTHERS_MODES, 'fade'),
  hiddenTypes: list('hide-types', ENTITY_TYPES),
  hiddenRelationships: list('hide-rels', RELATIONSHIP_TYPES),
  hiddenCertainties: list('hide-certainty', CERTAINTIES),
  unlinked: choice('unlinked', UNLINKED_MODES, 'hide'),
  show: {
    key: 'show',
    default: null,
    // At most a few million: more entities than any file Liaison opens.
    parse: (raw, drop) =>
      raw === 'all'
        ? 'all'
        : /^[1-9]\d{0,6}$/.test(raw)
          ? Number(raw)
          : drop('not a number of entities like 2000, or all'),
    serialise: (show) => (show === null ? undefined : String(show)),
  },
  query: text('q'),
  pathFrom: entityId('from'),
  pathTo: entityId('to'),
  layout: choice('layout', LAYOUTS, 'fcose'),
  span: {
    key: 'span',
    default: null,
    parse: (raw, drop) => {
      const match = /^(\d+)-(\d+)$/.exec(raw);
      const start = Number(match?.[1]);
      const end = Number(match?.[2]);
      return match && end > start ? { start, end } : drop('not a range like 120-180');
    },
    serialise: (span) => (span ? `${span.start}-${span.end}` : undefined),
    pages: ['source'],
  },
  timeWindow: {
    key: 'when',
    default: null,
    parse: (raw, drop) =>
      parseTimeWindow(raw) ?? drop('not a window like 2023-06..2023-10 or 2023-10..pub-1m'),
    serialise: (window) => (window ? formatTimeWindow(window) : undefined),
  },
  step: {
    key: 'step',
    default: 1,
    parse: (raw, drop) =>
      /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : drop('not a paragraph number like 4'),
    serialise: String,
    pages: ['walkthrough'],
  },
  claims: {
    members: {
      sort: {
        key: 'sort',
        default: { by: 'source', descending: false },
        parse: (raw, drop) => {
          const descending = raw.startsWith('-');
          const by = descending ? raw.slice(1) : raw;
          return isOneOf(CLAIM_SORT_COLUMNS, by)
            ? { by, descending }
            : drop(`${oneOf(CLAIM_SORT_COLUMNS)}, each with an optional leading -`);
        },
        serialise: ({ by, descending }) => `${descending ? '-' : ''}${by}`,
      },
      type: {
        key: 'claim-type',
        default: null,
        parse: (raw, drop) =>
          isOneOf(CLAIM_TYPES, raw) ? raw : drop('not a relationship type or event'),
        serialise: (type) => type ?? undefined,
      },
      text: text('claim-text'),
    },
    pages: ['claims'],
  },
};

function oneOf(allowed: readonly (string | number)[]): string {
  return `not one of ${allowed.join(', ')}`;
}

/** Free text, such as a search; empty by default. */
function text(key: string): KeyRow<string> {
  return { key, default: '', parse: (raw) => raw, serialise: (value) => value };
}

/** An entity's id; whether the dataset has it is for `cleanViewState`. */
function entityId(key: string): KeyRow<string | null> {
  return { key, default: null, parse: (raw) => raw || null, serialise: (id) => id || undefined };
}

function choice<T extends string>(key: string, allowed: readonly T[], fallback: T): KeyRow<T> {
  return {
    key,
    default: fallback,
    parse: (raw, drop) => (isOneOf(allowed, raw) ? raw : drop(oneOf(allowed))),
    serialise: (value) => value,
  };
}

/** A set of values, read in any order and written in the order of `allowed`. */
function list<T extends string>(key: string, allowed: readonly T[]): KeyRow<readonly T[]> {
  return {
    key,
    default: [],
    parse: (raw, drop) => {
      const wanted = new Set<string>();
      for (const value of raw.split(',').filter(Boolean)) {
        if (isOneOf(allowed, value)) wanted.add(value);
        else drop(oneOf(allowed), value);
      }
      return allowed.filter((value) => wanted.has(value));
    },
    serialise: (values) => values.join(','),
  };
}
