import Papa from 'papaparse';
import { formatDate } from '../../data/time/dates';
import { relationshipLabel } from '../../data/model/describe';
import type { Dataset, DateValue, Evidence } from '../../data/schema/schema';

/**
 * Cells a spreadsheet could run as a formula get a leading ' so that it shows the dataset's
 * text instead: those that begin with a tab, a carriage return or a line feed, and those whose
 * first visible character is =, +, - or @, or their full-width forms ＝ ＋ － ＠ (which
 * spreadsheets read as the same), after any spaces, no-break spaces, zero-width characters or
 * line breaks (spreadsheets skip those before a formula). Papaparse's own pattern for
 * `escapeFormulae: true` ends in `.*$` without the s flag, so it misses a cell that has a line
 * break: ours looks at the start only.
 */
export const FORMULA_START =
  /^[\t\r\n]|^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
/**
 * A byte-order mark first, so that Excel reads the file as UTF-8 (without it, it garbles ’
 * and –); other readers skip it.
 */
const BYTE_ORDER_MARK = '\uFEFF';
const toCsv = (rows: Record<string, string | number>[], columns: readonly string[]) =>
  BYTE_ORDER_MARK +
  Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
    {
      escapeFormulae: FORMULA_START,
      newline: '\r\n',
    },
  );

const date = (value: DateValue | undefined) => ({
  date: value ? formatDate(value) : '',
  date_precision: value?.precision ?? '',
});

/** Every quote on its own line, and where each stands: `source:start-end`. */
const quotes = (evidence: readonly Evidence[]) => ({
  quotes: evidence.map((item) => item.quote).join('\n'),
  quoted_at: evidence.map((item) => `${item.source}:${item.start}-${item.end}`).join('\n'),
});

const ENTITY_COLUMNS = [
  'id',
  'type',
  'name',
  'aliases',
  'summary',
  'kind',
  'certainty',
  'date',
  'date_precision',
  'quotes',
  'quoted_at',
] as const;

/** One row per entity; a field an entity type does not have is left empty. */
export function toEntitiesCsv(dataset: Dataset): string {
  const rows = dataset.entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases.join('; '),
    summary: entity.summary,
    kind: 'kind' in entity ? (entity.kind ?? '') : '',
    certainty: 'certainty' in entity ? entity.certainty : '',
    ...date('date' in entity ? entity.date : undefined),
    ...quotes(entity.evidence),
  }));
  return toCsv(rows, ENTITY_COLUMNS);
}

const RELATIONSHIP_COLUMNS = [
  'id',
  'type',
  'label',
  'from',
  'from_name',
  'to',
  'to_name',
  'claim',
  'role',
  'certainty',
  'date',
  'date_precision',
  'quotes',
  'quoted_at',
] as const;

/**
 * One row per relationship, read from → label → to, with both ends named and the claim as a
 * sentence ("Park Yong-il greeted Russian military-political delegation").
 */
export function toRelationshipsCsv(dataset: Dataset): string {
  const names = new Map(dataset.entities.map((entity) => [entity.id, entity.name]));
  const rows = dataset.relationships.map((relationship) => ({
    id: relationship.id,
    type: relationship.type,
    label: relationship.label ?? '',
    from: relationship.source,
    from_name: names.get(relationship.source) ?? '',
    to: relationship.target,
    to_name: names.get(relationship.target) ?? '',
    claim: [
      names.get(relationship.source) ?? relationship.source,
      relationshipLabel(relationship),
      names.get(relationship.target) ?? relationship.target,
    ].join(' '),
    role: relationship.role ?? '',
    certainty: relationship.certainty,
    ...date(relationship.date),
    ...quotes(relationship.evidence),
  }));
  return toCsv(rows, RELATIONSHIP_COLUMNS);
}
