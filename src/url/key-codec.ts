import { isOneOf, PAGE_NAMES, type Page } from './pages';

/**
 * How one table of query keys reads a URL, writes one, and keeps each key to its pages.
 * The table itself, one row per key, is in `view-keys.ts`; this knows no key by name.
 */
export const DROPPED: unique symbol = Symbol('dropped');
/**
 * Names a value a row cannot use. Returned from `parse`, it drops the whole value and the key
 * takes its default; called for a part (an item of a list), it names the part and parsing goes on.
 */
export type Drop = (reason: string, value?: string) => typeof DROPPED;

export interface KeyRow<V> {
  key: string;
  /** The value when the key is absent or dropped; it is never written. */
  default: V;
  parse(raw: string, drop: Drop): V | typeof DROPPED;
  /** The text in the URL; undefined writes nothing. */
  serialise(value: V): string | undefined;
  /** The pages the key means something on; anywhere when left out. */
  pages?: readonly Page['kind'][];
}

/**
 * Keys that read into one part of the state together. A part that may be null has a lead
 * (a focus, for its depth and direction): without it the part is null and the rest are dropped.
 */
export type KeyGroup<V> = {
  members: { [P in keyof NonNullable<V>]-?: KeyRow<NonNullable<V>[P]> };
  pages?: readonly Page['kind'][];
} & (null extends V
  ? { lead: { member: keyof NonNullable<V>; reason: string } }
  : { lead?: never });

export type KeyTable<S> = { [F in keyof S]: KeyRow<S[F]> | KeyGroup<S[F]> };

/** A value in a link that could not be used, with the reason, for the notice. */
export interface RejectedValue {
  key: string;
  value: string;
  reason: string;
}

type AnyRow = KeyRow<unknown>;
interface AnyGroup {
  members: Record<string, AnyRow>;
  pages?: readonly Page['kind'][];
  lead?: { member: string; reason: string };
}
type Entry = AnyRow | AnyGroup;

const entriesOf = <S>(table: KeyTable<S>) => Object.entries(table) as [keyof S & string, Entry][];
const isGroup = (entry: Entry): entry is AnyGroup => 'members' in entry;
const rowsOf = (entry: Entry): AnyRow[] =>
  isGroup(entry) ? Object.values(entry.members) : [entry];

/** Every key a table reads, in the order it writes them. */
export function keysOf<S>(table: KeyTable<S>): string[] {
  return entriesOf(table).flatMap(([, entry]) => rowsOf(entry).map((row) => row.key));
}

/** The state every key's default makes. */
export function defaultsOf<S>(table: KeyTable<S>): S {
  const state: Record<string, unknown> = {};
  for (const [field, entry] of entriesOf(table)) {
    if (!isGroup(entry)) state[field] = entry.default;
    else if (entry.lead) state[field] = null;
    else state[field] = mapMembers(entry, (row) => row.default);
  }
  return state as S;
}

function mapMembers(group: AnyGroup, read: (row: AnyRow, member: string) => unknown) {
  return Object.fromEntries(
    Object.entries(group.members).map(([member, row]) => [member, read(row, member)]),
  );
}

function parseRow(row: AnyRow, params: URLSearchParams, rejected: RejectedValue[]): unknown {
  const raw = params.get(row.key);
  if (raw === null) return row.default;
  const drop: Drop = (reason, value = raw) => {
    rejected.push({ key: row.key, value, reason });
    return DROPPED;
  };
  const value = row.parse(raw, drop);
  return value === DROPPED ? row.default : value;
}

function parseGroup(group: AnyGroup, params: URLSearchParams, rejected: RejectedValue[]) {
  const { lead } = group;
  if (lead) {
    const leadRow = group.members[lead.member]!;
    if (parseRow(leadRow, params, rejected) === leadRow.default) {
      for (const row of Object.values(group.members).filter((row) => row !== leadRow)) {
        const value = params.get(row.key);
        if (value !== null) rejected.push({ key: row.key, value, reason: lead.reason });
      }
      return null;
    }
  }
  return mapMembers(group, (row) => parseRow(row, params, rejected));
}

/** Reads each key of the table from a query; what it cannot use is dropped and listed. */
export function parseKeys<S>(
  table: KeyTable<S>,
  params: URLSearchParams,
  rejected: RejectedValue[],
): S {
  const state: Record<string, unknown> = {};
  for (const [field, entry] of entriesOf(table)) {
    state[field] = isGroup(entry)
      ? parseGroup(entry, params, rejected)
      : parseRow(entry, params, rejected);
  }
  const known = new Set(keysOf(table));
  for (const key of params.keys()) {
    if (!known.has(key)) {
      rejected.push({ key, value: params.get(key) ?? '', reason: 'not a Liaison link key' });
    }
  }
  return state as S;
}

/** Each key and its text, in table order, leaving out every value at its default. */
function written(entry: Entry, value: unknown): [key: string, text: string][] {
  if (isGroup(entry)) {
    if (value === null) return [];
    const part = value as Record<string, unknown>;
    return Object.entries(entry.members).flatMap(([member, row]) => written(row, part[member]));
  }
  const text = entry.serialise(value);
  return text === undefined || text === entry.serialise(entry.default) ? [] : [[entry.key, text]];
}

export function serialiseKeys<S>(table: KeyTable<S>, state: S, params: URLSearchParams): void {
  for (const [field, entry] of entriesOf(table)) {
    for (const [key, text] of written(entry, state[field])) params.set(key, text);
  }
}

/**
 * Puts back to its default each part of the state that means nothing on the page, except the
 * fields in `keep`, and names each key it held.
 */
export function scopeKeys<S>(
  table: KeyTable<S>,
  state: S,
  page: Page['kind'],
  keep: ReadonlySet<PropertyKey> = new Set(),
): { state: S; rejected: RejectedValue[] } {
  const scoped = { ...state };
  const rejected: RejectedValue[] = [];
  const defaults = defaultsOf(table);
  for (const [field, entry] of entriesOf(table)) {
    if (!entry.pages || isOneOf(entry.pages, page) || keep.has(field)) continue;
    const held = written(entry, state[field]);
    if (held.length === 0) continue;
    const where = entry.pages.map((kind) => PAGE_NAMES[kind]).join(' or ');
    for (const [key, value] of held) {
      rejected.push({ key, value, reason: `only means something in ${where}` });
    }
    scoped[field] = defaults[field];
  }
  return { state: scoped, rejected };
}
