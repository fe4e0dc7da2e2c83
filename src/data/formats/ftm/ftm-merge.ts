import { findSchema, type Model, type Schema } from './ftm-model';
import type { FtmRecord } from './ftm-read';
import { createTally, type FtmTally } from './ftm-report';

export type Properties = Map<string, string[]>;

/** One FtM entity, its fragments merged: what every later step of the import reads. */
export interface Merged {
  id: string;
  schemaName: string;
  schema: Schema | undefined;
  properties: Properties;
  datasets: string[];
}

export const first = (properties: Properties, name: string) => properties.get(name)?.[0];

const copyOf = (record: FtmRecord, model: Model): Merged => ({
  id: record.id,
  schemaName: record.schema,
  schema: findSchema(model, record.schema),
  properties: new Map([...record.properties].map(([name, values]) => [name, [...values]])),
  datasets: [...record.datasets],
});

/** A later fragment may name a narrower schema (Person after LegalEntity) and add values. */
function mergeInto(known: Merged, record: FtmRecord, model: Model) {
  const schema = findSchema(model, record.schema);
  if (schema && known.schema && schema !== known.schema && schema.isA(known.schema)) {
    known.schema = schema;
    known.schemaName = schema.name;
  }
  for (const [name, values] of record.properties) {
    const list = known.properties.get(name) ?? [];
    for (const value of values) if (!list.includes(value)) list.push(value);
    known.properties.set(name, list);
  }
  for (const name of record.datasets) if (!known.datasets.includes(name)) known.datasets.push(name);
}

/** FtM fragments share an id; their properties are one entity's. The records are not changed. */
export function mergeFragments(
  records: readonly FtmRecord[],
  model: Model,
): { merged: Merged[]; tally: FtmTally } {
  const tally = createTally();
  const merged = new Map<string, Merged>();
  for (const record of records) {
    const known = merged.get(record.id);
    if (known) {
      tally.mergedFragments += 1;
      mergeInto(known, record, model);
    } else {
      merged.set(record.id, copyOf(record, model));
    }
  }
  return { merged: [...merged.values()], tally };
}
