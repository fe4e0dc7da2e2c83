import type { Dataset, Note } from '../schema/schema';
import { formatCount } from '../../lib/format-count';

/**
 * The longest text Liaison draws whole. Laying out one unbroken word of 20,000 characters took
 * 1.4 s in one font and 5 ms in another; past these lengths the text shown is shortened, with an
 * ellipsis and a note, so the cost of drawing it no longer depends on the data or the font.
 * The file as opened is kept whole in the store.
 */
export const TEXT_LIMITS = {
  /** Names, aliases, titles, labels and roles. */
  name: 200,
  /** Summaries and notes. */
  summary: 2_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

const ELLIPSIS = '…';

/** The text cut to `limit` characters, ellipsis included, never splitting a surrogate pair. */
export function shortenText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}

function shortenedNote(what: string, length: number, kind: TextKind): Note {
  return {
    text: `${what} shown shortened: it has ${formatCount(length)} characters, and Liaison draws at most ${formatCount(TEXT_LIMITS[kind])}.`,
    origin: 'source',
  };
}

type Fields = readonly (readonly [field: string, label: string, kind: TextKind])[];

/** One text field, shortened when past its limit; each shortening is named in `notes`. */
function shortenValue(value: unknown, label: string, kind: TextKind, notes: Note[]): unknown {
  const limit = TEXT_LIMITS[kind];
  if (typeof value === 'string' && value.length > limit) {
    notes.push(shortenedNote(label, value.length, kind));
    return shortenText(value, limit);
  }
  if (Array.isArray(value)) return value.map((item) => shortenValue(item, label, kind, notes));
  return value;
}

/** The record with its long fields shortened and a note for each, or the same record. */
function shortenRecord<T extends { notes: readonly Note[] }>(record: T, fields: Fields): T {
  const notes: Note[] = [];
  const changed: Record<string, unknown> = {};
  for (const [field, label, kind] of fields) {
    const value = (record as Record<string, unknown>)[field];
    const shortened = shortenValue(value, label, kind, notes);
    if (notes.length > 0 && shortened !== value) changed[field] = shortened;
  }
  return notes.length === 0
    ? record
    : { ...record, ...changed, notes: [...notes, ...record.notes] };
}

const ENTITY_FIELDS: Fields = [
  ['name', 'The name', 'name'],
  ['aliases', 'A spelling', 'name'],
  ['summary', 'The summary', 'summary'],
  ['kind', 'The kind', 'name'],
  ['role', 'The role', 'name'],
];
const RELATIONSHIP_FIELDS: Fields = [
  ['label', 'The label', 'name'],
  ['role', 'The role', 'name'],
];
const SOURCE_FIELDS: Fields = [
  ['title', 'The title', 'name'],
  ['publisher', 'The publisher', 'name'],
];

/**
 * The dataset as Liaison draws it: every name and summary past its limit shortened, with a
 * note on the record and one on the dataset saying so. Records within the limits stay the
 * same objects, and a dataset with nothing to shorten is returned as it came.
 */
export function shortenLongText(dataset: Dataset): Dataset {
  let shortened = 0;
  const each = <T extends { notes: readonly Note[] }>(records: readonly T[], fields: Fields) =>
    records.map((record) => {
      const result = shortenRecord(record, fields);
      if (result !== record) shortened += result.notes.length - record.notes.length;
      return result;
    });
  const entities = each(dataset.entities, ENTITY_FIELDS);
  const relationships = each(dataset.relationships, RELATIONSHIP_FIELDS);
  const sources = each(dataset.sources, SOURCE_FIELDS);
  const title = shortenText(dataset.title, TEXT_LIMITS.name);
  if (title !== dataset.title) shortened += 1;
  if (shortened === 0) return dataset;
  const note: Note = {
    text: `${formatCount(shortened)} ${shortened === 1 ? 'text is' : 'texts are'} shown shortened: Liaison draws names of at most ${formatCount(TEXT_LIMITS.name)} characters and summaries of at most ${formatCount(TEXT_LIMITS.summary)}. The file is kept whole.`,
    origin: 'source',
  };
  const notes = [...(dataset.notes ?? []), note];
  return { ...dataset, title, entities, relationships, sources, notes };
}
