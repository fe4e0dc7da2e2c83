import type { DateValue, RecordEvidence, RecordProperty } from '../../schema/schema';
import { parseFtmDate } from './ftm-dates';
import { first, type Merged, type Properties } from './ftm-merge';
import { propertiesOf, type Schema } from './ftm-model';
import { countOne, type FtmTally } from './ftm-report';

/** Read by the record's evidence, so never listed as a property of the fact. */
export const EVIDENCE_PROPERTIES = ['sourceUrl', 'publisher', 'publisherUrl'] as const;

/** Property names of a given type; hidden ones (derived by Aleph) and stubs (the reverse side
 * of another entity's reference) left out. */
export function propertyNamesOfType(schema: Schema, typeName: string): string[] {
  return [...propertiesOf(schema).values()]
    .filter((property) => property.type.name === typeName && !property.hidden && !property.stub)
    .map((property) => property.name);
}

/** The first value of the named properties that reads as a date; a property whose one value it
 * is counts as used. */
export function firstDate(
  properties: Properties,
  names: readonly string[],
  used: Set<string>,
): DateValue | undefined {
  for (const name of names) {
    for (const value of properties.get(name) ?? []) {
      const date = parseFtmDate(value);
      if (date) {
        if ((properties.get(name)?.length ?? 0) === 1) used.add(name);
        return date;
      }
    }
  }
  return undefined;
}

/** The record as evidence of a fact: its id, schema, dataset, publisher and URL. */
export function recordEvidence(
  record: Merged,
  fallbackDataset: string | undefined,
  property?: string,
): RecordEvidence {
  const dataset = record.datasets.join(', ') || fallbackDataset;
  const publisher = first(record.properties, 'publisher');
  const url = first(record.properties, 'sourceUrl') ?? first(record.properties, 'publisherUrl');
  return {
    id: record.id,
    schema: record.schemaName,
    ...(property !== undefined && { property }),
    ...(dataset && { dataset }),
    ...(publisher && { publisher }),
    ...(url && { url }),
  };
}

/** The property list: what Liaison has no field for, as written, with referenced entities by
 * name. Hidden values and properties the schema lacks are counted in the tally. */
export function propertyList(
  record: Merged,
  used: ReadonlySet<string>,
  nameOf: (ftmId: string) => string | undefined,
  tally: FtmTally,
): RecordProperty[] {
  const list: RecordProperty[] = [];
  const known = record.schema ? propertiesOf(record.schema) : undefined;
  for (const [name, values] of record.properties) {
    if (used.has(name)) continue;
    const property = known?.get(name);
    if (property?.hidden) {
      tally.hiddenValues += values.length;
      continue;
    }
    if (record.schema && !property)
      countOne(tally.unknownProperties, `${record.schemaName}.${name}`);
    const shown = property?.type.isEntity ? values.map((value) => nameOf(value) ?? value) : values;
    list.push({ name, label: property?.label ?? name, values: shown });
  }
  return list;
}
