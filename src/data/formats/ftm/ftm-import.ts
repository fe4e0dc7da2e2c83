import type {
  DateValue,
  Entity,
  EntityType,
  Evidence,
  Note,
  RecordEvidence,
  RecordProperty,
  Relationship,
  Source,
} from '../../schema/schema';
import { parseFtmDate } from './ftm-dates';
import { createIdAllocator } from './ftm-ids';
import { countryLabel, findSchema, propertiesOf, type Model, type Schema } from './ftm-model';
import type { FtmRecord, MalformedRecord } from './ftm-read';
import { describeLink, parseQuoteId, relationshipTypeOfEdge } from './ftm-vocabulary';

/** What an import could not use, so the reader can be told how much and where. */
export interface FtmImportReport {
  malformed: readonly MalformedRecord[];
  /** References to ids the file does not contain, by `Schema.property`. */
  dangling: Map<string, number>;
  /** Schemata the model does not know, by name: their entities are kept as "other". */
  unknownSchemata: Map<string, number>;
  /** Properties their schema does not have, by `Schema.property`: kept in the property list. */
  unknownProperties: Map<string, number>;
  /** Values of properties the model marks hidden (derived text such as indexText). */
  hiddenValues: number;
  /** Records that repeat an id: FtM fragments, merged into one. */
  mergedFragments: number;
}

export interface FtmImportOptions {
  title: string;
  /** Named as the dataset of records that do not name one. */
  dataset?: string;
}

type Properties = Map<string, string[]>;

interface Merged {
  id: string;
  schemaName: string;
  schema: Schema | undefined;
  properties: Properties;
  datasets: string[];
}

const count = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

const first = (properties: Properties, name: string) => properties.get(name)?.[0];

/** FtM fragments share an id; their properties are one entity's. */
function mergeFragments(records: readonly FtmRecord[], model: Model, report: FtmImportReport) {
  const merged = new Map<string, Merged>();
  for (const record of records) {
    const known = merged.get(record.id);
    if (!known) {
      merged.set(record.id, {
        id: record.id,
        schemaName: record.schema,
        schema: findSchema(model, record.schema),
        properties: new Map([...record.properties].map(([name, values]) => [name, [...values]])),
        datasets: [...record.datasets],
      });
      continue;
    }
    report.mergedFragments += 1;
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
    for (const name of record.datasets)
      if (!known.datasets.includes(name)) known.datasets.push(name);
  }
  return [...merged.values()];
}

/** The Liaison type for a thing schema, by the model's hierarchy. */
export function entityTypeOf(schema: Schema | undefined): EntityType {
  if (!schema) return 'other';
  if (schema.isA('Person')) return 'person';
  if (schema.isA('Organization') || schema.name === 'LegalEntity') return 'organization';
  if (schema.isA('Address')) return 'place';
  if (schema.isA('Event')) return 'event';
  if (schema.isDocument()) return 'document';
  return 'other';
}

/** Property names of a given type; hidden ones (derived by Aleph) and stubs (the reverse side
 * of another entity's reference) left out. */
function propertyNamesOfType(schema: Schema, typeName: string): string[] {
  return [...propertiesOf(schema).values()]
    .filter((property) => property.type.name === typeName && !property.hidden && !property.stub)
    .map((property) => property.name);
}

function firstDate(properties: Properties, names: readonly string[], used: Set<string>) {
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

/** The longest summary kept as one; longer text is a note. */
const SUMMARY_LENGTH = 500;

/** Reads FtM records into a Liaison dataset; never throws for a record it cannot use. */
export function importFtm(
  records: readonly FtmRecord[],
  malformed: readonly MalformedRecord[],
  model: Model,
  options: FtmImportOptions,
): { dataset: unknown; report: FtmImportReport } {
  const report: FtmImportReport = {
    malformed,
    dangling: new Map(),
    unknownSchemata: new Map(),
    unknownProperties: new Map(),
    hiddenValues: 0,
    mergedFragments: 0,
  };
  const allocate = createIdAllocator();
  const all = mergeFragments(records, model, report);
  const byFtmId = new Map(all.map((record) => [record.id, record]));

  const recordOf = (record: Merged, property?: string): RecordEvidence => {
    const dataset = record.datasets.join(', ') || options.dataset;
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
  };

  // Quotes Liaison exported: Notes whose proof is a document with its text, pointing at a fact.
  const quoteNotes = new Map<Merged, { document: Merged; factId: string; quote: string }>();
  for (const record of all) {
    if (record.schemaName !== 'Note') continue;
    const document = byFtmId.get(first(record.properties, 'proof') ?? '');
    const quote = first(record.properties, 'description');
    if (!document || !quote || !first(document.properties, 'bodyText')) continue;
    const factId = parseQuoteId(record.id)?.factId ?? first(record.properties, 'entity');
    if (factId && byFtmId.has(factId)) quoteNotes.set(record, { document, factId, quote });
  }
  const documentsAsSources = new Set([...quoteNotes.values()].map(({ document }) => document));

  const sources: Source[] = [];
  const sourceIds = new Map<Merged, string>();
  for (const document of documentsAsSources) {
    const id = allocate(document.id);
    sourceIds.set(document, id);
    const published = first(document.properties, 'publishedAt');
    const publisher = first(document.properties, 'publisher');
    sources.push({
      id,
      title:
        first(document.properties, 'title') ?? first(document.properties, 'name') ?? document.id,
      ...(publisher && { publisher }),
      ...(published && { published }),
      language: 'en',
      notes: [],
      text: first(document.properties, 'bodyText') ?? '',
    });
  }
  const quotesByFact = new Map<string, Evidence[]>();
  for (const [note, { document, factId, quote }] of quoteNotes) {
    const text = first(document.properties, 'bodyText') ?? '';
    const offsets = parseQuoteId(note.id);
    const start =
      offsets && text.slice(offsets.start, offsets.end) === quote
        ? offsets.start
        : text.indexOf(quote);
    if (start < 0) continue;
    const list = quotesByFact.get(factId) ?? [];
    list.push({ source: sourceIds.get(document)!, start, end: start + quote.length, quote });
    quotesByFact.set(factId, list);
  }

  const isEntityRecord = (record: Merged) =>
    !quoteNotes.has(record) && !documentsAsSources.has(record) && !record.schema?.isEdge;
  const entityIds = new Map<string, string>();
  for (const record of all)
    if (isEntityRecord(record)) entityIds.set(record.id, allocate(record.id));
  const linkIds = new Map<string, string>();
  for (const record of all) if (record.schema?.isEdge) linkIds.set(record.id, allocate(record.id));

  /** The property list: what Liaison has no field for, as written. */
  const propertyList = (record: Merged, used: ReadonlySet<string>): RecordProperty[] => {
    const list: RecordProperty[] = [];
    const known = record.schema ? propertiesOf(record.schema) : undefined;
    for (const [name, values] of record.properties) {
      if (used.has(name)) continue;
      const property = known?.get(name);
      if (property?.hidden) {
        report.hiddenValues += values.length;
        continue;
      }
      if (record.schema && !property)
        count(report.unknownProperties, `${record.schemaName}.${name}`);
      const shown = property?.type.isEntity
        ? values.map((value) => nameOf(value) ?? value)
        : values;
      list.push({ name, label: property?.label ?? name, values: shown });
    }
    return list;
  };
  const names = new Map<string, string>();
  const nameOf = (ftmId: string) => names.get(ftmId);
  const danglingOrId = (record: Merged, property: string, value: string) => {
    const id = entityIds.get(value);
    if (!id) count(report.dangling, `${record.schemaName}.${property}`);
    return id;
  };

  const entities: Entity[] = [];
  const entityRecords: Merged[] = [];
  const usedByEntity: Set<string>[] = [];
  for (const record of all) {
    if (!isEntityRecord(record)) continue;
    const { schema, properties } = record;
    if (!schema) count(report.unknownSchemata, record.schemaName);
    const used = new Set(['sourceUrl', 'publisher', 'publisherUrl', 'bodyText']);
    const nameProperties = schema ? propertyNamesOfType(schema, 'name') : ['name', 'alias'];
    const captionProperty = (schema?.caption ?? ['name']).find((name) => properties.has(name));
    const nameSources = captionProperty ? [captionProperty, ...nameProperties] : nameProperties;
    const allNames: string[] = [];
    for (const property of nameSources) {
      for (const value of properties.get(property) ?? []) {
        if (!allNames.includes(value.trim())) allNames.push(value.trim());
      }
      if (properties.has(property)) used.add(property);
    }
    const label = schema?.label ?? record.schemaName;
    const name = allNames[0] ?? (`${label} ${record.id}`.trim() || 'Unnamed record');
    names.set(record.id, name);
    const countries = schema
      ? propertyNamesOfType(schema, 'country').flatMap((property) => properties.get(property) ?? [])
      : [];
    const summaryText = first(properties, 'summary');
    const summary =
      summaryText && summaryText.length <= SUMMARY_LENGTH && !summaryText.includes('\n')
        ? summaryText
        : [label, ...new Set(countries.map((code) => countryLabel(model, code)))].join(', ');
    const notes: Note[] = [];
    for (const property of ['description', 'notes', 'summary']) {
      for (const text of properties.get(property) ?? []) {
        if (property !== 'summary' || text !== summary) notes.push({ text, origin: 'source' });
      }
      used.add(property);
    }
    const type = entityTypeOf(schema);
    const base = {
      id: entityIds.get(record.id)!,
      name,
      aliases: allNames.slice(1),
      summary,
      evidence: quotesByFact.get(record.id) ?? [],
      records: [recordOf(record)],
      notes,
    };
    const entityProperties = schema ? propertyNamesOfType(schema, 'entity') : [];
    for (const property of entityProperties) used.add(property);
    let entity: Entity;
    if (type === 'event') {
      const date = firstDate(properties, ['date', 'startDate'], used);
      entity = {
        ...base,
        type,
        kind: schema?.name === 'Trip' ? 'visit' : 'other',
        certainty: 'stated',
        purposes: [],
        ...(date && { date }),
      };
    } else if (type === 'document') {
      const date = firstDate(properties, ['date', 'publishedAt', 'authoredAt'], used);
      entity = { ...base, type, kind: label, ...(date && { date }) };
    } else if (type === 'person') {
      entity = { ...base, type, positions: [] };
    } else if (type === 'organization') {
      entity = { ...base, type, ...(schema?.name !== 'Organization' && { kind: label }) };
    } else if (type === 'place') {
      entity = { ...base, type, kind: 'address' };
    } else {
      entity = { ...base, type: 'other', kind: label };
    }
    entityRecords.push(record);
    usedByEntity.push(used);
    entities.push(entity);
  }
  // Names are known only now, so property lists that show referenced entities come last.
  entities.forEach((entity, index) => {
    const list = propertyList(entityRecords[index]!, usedByEntity[index]!);
    if (list.length > 0) entity.properties = list;
  });

  const relationships: Relationship[] = [];
  for (const record of all) {
    const { schema, properties } = record;
    if (!schema?.isEdge || !schema.edge) continue;
    const { source: sourceProperty, target: targetProperty } = schema.edge;
    const sources = (properties.get(sourceProperty) ?? []).map((value) =>
      danglingOrId(record, sourceProperty, value),
    );
    const targets = (properties.get(targetProperty) ?? []).map((value) =>
      danglingOrId(record, targetProperty, value),
    );
    const used = new Set([
      sourceProperty,
      targetProperty,
      'sourceUrl',
      'publisher',
      'publisherUrl',
    ]);
    const date = firstDate(properties, ['date', 'startDate'], used);
    const endDate = firstDate(properties, ['endDate'], used);
    const role = first(properties, 'role') ?? first(properties, 'relationship');
    if (first(properties, 'role')) used.add('role');
    else if (role) used.add('relationship');
    const pairs = sources.flatMap((source) => targets.map((target) => [source, target] as const));
    pairs.forEach(([source, target], index) => {
      if (!source || !target) return;
      const words = describeLink({
        edgeType: relationshipTypeOfEdge(schema.name),
        edgeLabel: schema.edge?.label,
        isUnknownLink: schema.name === 'UnknownLink',
        summary: first(properties, 'summary'),
        description: first(properties, 'description'),
        sourceName: nameOf(properties.get(sourceProperty)?.[0] ?? '') ?? '',
        targetName: nameOf(properties.get(targetProperty)?.[0] ?? '') ?? '',
      });
      words.used.forEach((property) => used.add(property));
      const notes: Note[] = ['description', 'summary']
        .filter((property) => !words.used.includes(property))
        .flatMap((property) => properties.get(property) ?? [])
        .map((text) => ({ text, origin: 'source' }));
      used.add('description').add('summary');
      const list = propertyList(record, used);
      relationships.push({
        id: index === 0 ? linkIds.get(record.id)! : allocate(`${record.id}-${index + 1}`),
        type: words.type,
        source,
        target,
        ...(words.label && { label: words.label }),
        ...(role && { role }),
        certainty: words.certainty,
        ...(date && { date }),
        ...(endDate && { endDate }),
        evidence: quotesByFact.get(record.id) ?? [],
        records: [recordOf(record)],
        notes,
        ...(list.length > 0 && { properties: list }),
      });
    });
    if (pairs.length === 0) {
      if (!properties.has(sourceProperty))
        count(report.dangling, `${schema.name}.${sourceProperty}`);
      if (!properties.has(targetProperty))
        count(report.dangling, `${schema.name}.${targetProperty}`);
    }
  }

  // Entity-typed properties of things: a Passport's holder, a company's parent, an address.
  entityRecords.forEach((record, index) => {
    const schema = record.schema;
    if (!schema) return;
    for (const property of propertyNamesOfType(schema, 'entity')) {
      const definition = propertiesOf(schema).get(property)!;
      for (const value of record.properties.get(property) ?? []) {
        const target = danglingOrId(record, property, value);
        if (!target) continue;
        relationships.push({
          id: allocate(`${record.id}-${property}-${value}`),
          type: 'related-to',
          source: entities[index]!.id,
          target,
          label: definition.label.toLowerCase(),
          certainty: 'stated',
          evidence: [],
          records: [recordOf(record, property)],
          notes: [],
        });
      }
    }
  });

  return {
    dataset: {
      schemaVersion: 1,
      title: options.title,
      notes: reportNotes(report),
      sources,
      entities,
      relationships,
    },
    report,
  };
}

const plural = (amount: number, word: string) =>
  `${amount.toLocaleString('en')} ${word}${amount === 1 ? '' : 's'}`;

const listCounts = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, amount]) => `${key} (${amount.toLocaleString('en')})`)
    .join(', ');

/** The report in words, kept with the dataset so the overview can say what was skipped. */
export function reportNotes(report: FtmImportReport): Note[] {
  const notes: string[] = [];
  if (report.malformed.length > 0) {
    const shown = report.malformed.slice(0, 10).map(({ where, problem }) => `${where}: ${problem}`);
    const more = report.malformed.length - shown.length;
    notes.push(
      `Skipped ${plural(report.malformed.length, 'record')} that could not be read: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`,
    );
  }
  const dangling = [...report.dangling.values()].reduce((sum, amount) => sum + amount, 0);
  if (dangling > 0) {
    notes.push(
      `Skipped ${plural(dangling, 'reference')} to entities the file does not contain: ${listCounts(report.dangling)}.`,
    );
  }
  if (report.unknownSchemata.size > 0) {
    notes.push(
      `Schemata the FollowTheMoney model does not know, kept as "Other" with every property listed: ${listCounts(report.unknownSchemata)}.`,
    );
  }
  if (report.unknownProperties.size > 0) {
    notes.push(
      `Properties their schema does not define, kept in the property list: ${listCounts(report.unknownProperties)}.`,
    );
  }
  if (report.hiddenValues > 0) {
    notes.push(
      `Left out ${plural(report.hiddenValues, 'value')} of properties the model marks hidden (text Aleph derives for its own search, such as indexText).`,
    );
  }
  if (report.mergedFragments > 0) {
    notes.push(`Merged ${plural(report.mergedFragments, 'fragment')} that repeat an entity's id.`);
  }
  return notes.map((text) => ({ text, origin: 'source' as const }));
}

export type { DateValue };
