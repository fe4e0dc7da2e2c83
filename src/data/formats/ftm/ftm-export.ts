import type { Dataset, Entity, EntityType, Evidence, Relationship } from '../../schema/schema';
import { RELATIONSHIP_LABELS } from '../../schema/vocabulary';
import { isFtmDate, toFtmDate } from './ftm-dates';
import { entityTypeOf } from './ftm-entities';
import { findSchema, propertiesOf, type Model, type Property, type Schema } from './ftm-model';
import { requiredOf, type FtmDatum } from './ftm-validate';
import { edgeSchemaOfType, linkSentence, quoteId } from './ftm-vocabulary';

/** The nearest FtM schema for each type; FtM has no country, monument, statement or group. */
const NEAREST_SCHEMA: Record<EntityType, string> = {
  person: 'Person',
  delegation: 'Organization',
  organization: 'Organization',
  event: 'Event',
  place: 'Address',
  country: 'LegalEntity',
  document: 'Document',
  monument: 'RealEstate',
  statement: 'Note',
  group: 'Organization',
  other: 'LegalEntity',
};

/** What the export could not say in FtM. */
export interface FtmExportReport {
  relativeDates: number;
  relationshipNotes: number;
  /** Values a record carried that its property's type refuses (a date FtM cannot read). */
  invalidValues: number;
  /** Relationships whose ends not even an UnknownLink accepts (it links things). */
  unlinkable: number;
}

export interface FtmExportOptions {
  /** Only these entities (the current view) and the relationships between them. */
  entityIds?: ReadonlySet<string>;
  /** Only these relationships, where filters hide some. */
  relationshipIds?: ReadonlySet<string>;
}

const NAME_LENGTH = 200;
const shorten = (text: string) =>
  text.length <= NAME_LENGTH ? text : `${text.slice(0, NAME_LENGTH - 1)}…`;

class Writer {
  readonly entities: FtmDatum[] = [];
  private readonly taken = new Set<string>();

  constructor(
    readonly model: Model,
    private readonly report: FtmExportReport,
  ) {}

  /** Whether FtM reads the value as its property's type: dates and country codes are checked. */
  private fits(property: Property, value: string): boolean {
    if (!value.trim()) return false;
    if (property.type.name === 'date') return isFtmDate(value);
    if (property.type.name === 'country') return this.model.getType('country').values.has(value);
    return true;
  }

  /** The record's own id where the fact came from one, else Liaison's, never twice. */
  idFor(wished: string | undefined, fallback: string): string {
    let id = wished && !this.taken.has(wished) ? wished : fallback;
    for (let count = 2; this.taken.has(id); count += 1) id = `${fallback}-${count}`;
    this.taken.add(id);
    return id;
  }

  add(id: string, schema: Schema, properties: Record<string, string[]>): FtmDatum {
    const known = propertiesOf(schema);
    const kept: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
    for (const [name, values] of Object.entries(properties)) {
      const property = known.get(name);
      if (!property) continue;
      const clean = values.filter((value) => this.fits(property, value));
      this.report.invalidValues += values.filter((value) => value.trim()).length - clean.length;
      if (clean.length > 0) kept[name] = clean;
    }
    const datum = { id, schema: schema.name, properties: kept };
    this.entities.push(datum);
    return datum;
  }
}

function hasRequired(
  schema: Schema,
  properties: Record<string, string[]>,
  references: ReadonlySet<string> = new Set(),
): boolean {
  const known = propertiesOf(schema);
  return [...requiredOf(schema)].every(
    (name) =>
      known.has(name) && (references.has(name) || properties[name]?.some((value) => value.trim())),
  );
}

function schemaForEntity(entity: Entity, model: Model): Schema {
  const recorded = findSchema(model, entity.records?.[0]?.schema ?? '');
  if (
    recorded &&
    !recorded.abstract &&
    !recorded.isEdge &&
    entityTypeOf(recorded) === entity.type
  ) {
    return recorded;
  }
  const named = entity.type === 'other' ? findSchema(model, entity.kind) : undefined;
  if (named && !named.abstract && !named.isEdge) return named;
  return model.getSchema(NEAREST_SCHEMA[entity.type]);
}

function entityProperties(entity: Entity, schema: Schema, report: FtmExportReport) {
  const properties: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const known = propertiesOf(schema);
  for (const property of entity.properties ?? []) {
    if (!known.get(property.name)?.type.isEntity) properties[property.name] = [...property.values];
  }
  // The name goes where the schema looks for its caption first (an Address's "full", a
  // document's "fileName", a Passport's "number"), so it reads back as the name.
  const caption = schema.caption.find((name) => known.has(name) && !known.get(name)?.hidden);
  properties[caption ?? 'name'] = [entity.name];
  if (known.has('name')) properties['name'] = [entity.name];
  properties['alias'] = [...entity.aliases];
  properties['summary'] = [entity.summary];
  properties['notes'] = entity.notes.map((note) =>
    note.reference ? `${note.text} (${note.reference})` : note.text,
  );
  if ('date' in entity && entity.date) {
    const date = toFtmDate(entity.date);
    if (date) properties['date'] = [date];
    else report.relativeDates += 1;
  }
  const record = entity.records?.[0];
  if (record?.url) properties['sourceUrl'] = [record.url];
  if (record?.publisher) properties['publisher'] = [record.publisher];
  return properties;
}

/**
 * A dataset as FtM entities: each entity to its nearest schema (or the schema of the record it
 * came from), each relationship to its interval schema or an UnknownLink described in words, the
 * property it came from where it was read from one, each source as an Article with its text, and
 * each quote as a Note whose proof is that article.
 */
export function exportFtm(dataset: Dataset, model: Model, options: FtmExportOptions = {}) {
  const report: FtmExportReport = {
    relativeDates: 0,
    relationshipNotes: 0,
    invalidValues: 0,
    unlinkable: 0,
  };
  const writer = new Writer(model, report);
  const included = (id: string) => !options.entityIds || options.entityIds.has(id);
  const entities = dataset.entities.filter((entity) => included(entity.id));
  const relationships = dataset.relationships.filter(
    (relationship) =>
      included(relationship.source) &&
      included(relationship.target) &&
      (!options.relationshipIds || options.relationshipIds.has(relationship.id)),
  );

  const sourceIds = new Map<string, string>();
  for (const source of dataset.sources) {
    const id = writer.idFor(undefined, source.id);
    sourceIds.set(source.id, id);
    writer.add(id, model.getSchema('Article'), {
      name: [source.title],
      title: [source.title],
      fileName: [source.title],
      bodyText: [source.text],
      publisher: source.publisher ? [source.publisher] : [],
      publishedAt: source.published ? [source.published] : [],
    });
  }

  const written = new Map<string, { id: string; schema: Schema; datum: FtmDatum; name: string }>();
  // References read from a record's property go back into it below: they count as present.
  const referencesFrom = new Map<string, Set<string>>();
  for (const relationship of relationships) {
    const property = relationship.records?.[0]?.property;
    if (!property) continue;
    const names = referencesFrom.get(relationship.source) ?? new Set<string>();
    referencesFrom.set(relationship.source, names.add(property));
  }
  for (const entity of entities) {
    let schema = schemaForEntity(entity, model);
    let properties = entityProperties(entity, schema, report);
    // A record that lacked what its schema requires is written as the nearest schema instead.
    if (!hasRequired(schema, properties, referencesFrom.get(entity.id))) {
      schema = model.getSchema(NEAREST_SCHEMA[entity.type]);
      properties = entityProperties(entity, schema, report);
    }
    const id = writer.idFor(entity.records?.[0]?.id, entity.id);
    const datum = writer.add(id, schema, properties);
    written.set(entity.id, { id, schema, datum, name: entity.name });
  }

  const relationshipIds = new Map<string, string>();
  for (const relationship of relationships) {
    const source = written.get(relationship.source)!;
    const target = written.get(relationship.target)!;
    const property = relationship.records?.[0]?.property;
    const definition = property ? propertiesOf(source.schema).get(property) : undefined;
    if (
      definition?.type.isEntity &&
      (!definition.hasRange || target.schema.isA(definition.getRange()))
    ) {
      const values = (source.datum.properties[definition.name] ??= []);
      if (!values.includes(target.id)) values.push(target.id);
      continue;
    }
    let schema = edgeSchemaFor(relationship, source.schema, target.schema, model);
    if (!schema) {
      report.unlinkable += 1;
      continue;
    }
    const id = writer.idFor(relationship.records?.[0]?.id, relationship.id);
    relationshipIds.set(relationship.id, id);
    let properties = linkProperties(relationship, schema, source, target, report);
    if (!hasRequired(schema, properties)) {
      schema = model.getSchema('UnknownLink');
      properties = linkProperties(relationship, schema, source, target, report);
    }
    writer.add(id, schema, properties);
  }

  const quote = (factId: string, about: string, owner: string, evidence: Evidence) => {
    const proof = sourceIds.get(evidence.source);
    if (!proof) return;
    writer.add(
      writer.idFor(undefined, quoteId(factId, evidence.start, evidence.end)),
      model.getSchema('Note'),
      {
        name: [shorten(evidence.quote)],
        description: [evidence.quote],
        summary: [`Quoted for: ${about}`],
        proof: [proof],
        entity: [owner],
      },
    );
  };
  for (const entity of entities) {
    const { id } = written.get(entity.id)!;
    for (const evidence of entity.evidence) quote(id, entity.name, id, evidence);
  }
  for (const relationship of relationships) {
    const id = relationshipIds.get(relationship.id);
    if (!id) continue;
    const source = written.get(relationship.source)!;
    const target = written.get(relationship.target)!;
    const about = `${source.name} ${relationship.label ?? RELATIONSHIP_LABELS[relationship.type].forward} ${target.name}`;
    for (const evidence of relationship.evidence) quote(id, about, source.id, evidence);
  }
  return { entities: writer.entities, report };
}

function edgeSchemaFor(
  relationship: Relationship,
  source: Schema,
  target: Schema,
  model: Model,
): Schema | null {
  const recorded = findSchema(model, relationship.records?.[0]?.schema ?? '');
  const wished = recorded?.isEdge
    ? recorded
    : findSchema(model, edgeSchemaOfType(relationship.type) ?? '');
  const fits = (schema: Schema | undefined) => {
    if (!schema?.edge) return false;
    const ends = propertiesOf(schema);
    const sourceRange = ends.get(schema.edge.source);
    const targetRange = ends.get(schema.edge.target);
    return (
      (!sourceRange?.hasRange || source.isA(sourceRange.getRange())) &&
      (!targetRange?.hasRange || target.isA(targetRange.getRange()))
    );
  };
  if (wished && fits(wished)) return wished;
  const unknownLink = model.getSchema('UnknownLink');
  return fits(unknownLink) ? unknownLink : null;
}

function linkProperties(
  relationship: Relationship,
  schema: Schema,
  source: { id: string; name: string },
  target: { id: string; name: string },
  report: FtmExportReport,
) {
  const properties: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const known = propertiesOf(schema);
  for (const property of relationship.properties ?? []) {
    if (!known.get(property.name)?.type.isEntity) properties[property.name] = [...property.values];
  }
  properties[schema.edge!.source] = [source.id];
  properties[schema.edge!.target] = [target.id];
  const forward = RELATIONSHIP_LABELS[relationship.type].forward;
  properties['summary'] = [forward];
  properties['description'] = [
    linkSentence(source.name, relationship.label ?? forward, target.name, relationship.certainty),
  ];
  if (relationship.role)
    properties[known.has('role') ? 'role' : 'relationship'] = [relationship.role];
  const date = relationship.date ? toFtmDate(relationship.date) : null;
  const endDate = relationship.endDate ? toFtmDate(relationship.endDate) : null;
  if ((relationship.date && !date) || (relationship.endDate && !endDate)) report.relativeDates += 1;
  if (date) properties[endDate ? 'startDate' : 'date'] = [date];
  if (endDate) properties['endDate'] = [endDate];
  const record = relationship.records?.[0];
  if (record?.url) properties['sourceUrl'] = [record.url];
  if (record?.publisher) properties['publisher'] = [record.publisher];
  report.relationshipNotes += relationship.notes.length;
  return properties;
}

/** FtM JSON lines: one entity a line. */
export function toFtmJsonLines(entities: readonly FtmDatum[]): string {
  return entities.map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}
