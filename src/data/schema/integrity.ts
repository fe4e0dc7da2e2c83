import type { DateValue, Entity, EntityType, Evidence, Relationship, Source } from './schema';
import { describeValue, type DatasetProblem } from './problems';

/**
 * The parts of a dataset that passed the schema, each at its index in the file
 * (`undefined` where a part did not), and whether an id may belong to a part
 * that did not, so a reference to it is not called dangling as well.
 */
export interface IntegrityInput {
  sources: readonly (Source | undefined)[];
  entities: readonly (Entity | undefined)[];
  relationships: readonly (Relationship | undefined)[];
  isMalformedId?: { source(id: string): boolean; entity(id: string): boolean };
}

const NONE = { source: () => false, entity: () => false };

/**
 * Checks what the schema cannot: ids are unique, references resolve,
 * and every evidence span lies inside its source and quotes it exactly.
 * Returns every problem at once, so an author can fix a file in one pass.
 */
export function checkIntegrity(dataset: IntegrityInput): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const malformed = dataset.isMalformedId ?? NONE;
  const sources = new Map<string, Source>();
  for (const source of dataset.sources) if (source) sources.set(source.id, source);
  const entityIds = new Set<string>();
  const entityTypes = new Map<string, EntityType>();
  for (const entity of dataset.entities) if (entity) entityTypes.set(entity.id, entity.type);
  /** Runs one part's checks; should one throw, the problem still names the part. */
  const guard = (path: string, check: () => void) => {
    try {
      check();
    } catch (error) {
      problems.push({
        path,
        expected: 'a part Liaison can check',
        found: `an error while checking it: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const unique = (seen: Set<string>, id: string, path: string) => {
    if (seen.has(id)) problems.push({ path, expected: 'a unique id', found: `"${id}" again` });
    seen.add(id);
  };
  /** A reference must name an entity, and one of the wanted type when a type is given. */
  const reference = (id: string | undefined, path: string, what: string, type?: EntityType) => {
    if (id === undefined || malformed.entity(id)) return;
    if (!entityIds.has(id)) {
      problems.push({ path, expected: `the id of ${what}`, found: `"${id}", which is no entity` });
    } else if (type && entityTypes.get(id) !== type) {
      problems.push({
        path,
        expected: `the id of ${what}`,
        found: `"${id}", a ${entityTypes.get(id)}`,
      });
    }
  };
  const date = (value: DateValue | undefined, path: string) => {
    if (!value) return;
    evidence(value.evidence, `${path}.evidence`);
    if (value.precision === 'relative' && value.anchor !== 'publication') {
      reference(value.anchor, `${path}.anchor`, 'an event', 'event');
    }
  };
  const evidence = (items: readonly Evidence[], path: string) => {
    items.forEach((item, index) => checkEvidence(item, `${path}[${index}]`));
  };
  const checkEvidence = (item: Evidence, path: string) => {
    const source = sources.get(item.source);
    if (malformed.source(item.source)) return;
    if (!source) {
      problems.push({
        path: `${path}.source`,
        expected: 'the id of a source',
        found: `"${item.source}"`,
      });
      return;
    }
    if (item.end <= item.start || item.end > source.text.length) {
      problems.push({
        path: `${path}.end`,
        expected: `an offset after start (${item.start}) and at most ${source.text.length}`,
        found: String(item.end),
      });
      return;
    }
    const actual = source.text.slice(item.start, item.end);
    if (actual !== item.quote) {
      problems.push({
        path: `${path}.quote`,
        expected: `the source text at ${item.start}–${item.end}: ${describeValue(actual)}`,
        found: describeValue(item.quote),
      });
    }
  };

  const checkEntity = (entity: Entity, path: string) => {
    evidence(entity.evidence, `${path}.evidence`);
    if ('country' in entity) reference(entity.country, `${path}.country`, 'a country', 'country');
    if ('date' in entity) date(entity.date, `${path}.date`);
    if (entity.type === 'person') {
      entity.positions.forEach((position, at) => {
        const positionPath = `${path}.positions[${at}]`;
        reference(
          position.organization,
          `${positionPath}.organization`,
          'an organization',
          'organization',
        );
        reference(position.country, `${positionPath}.country`, 'a country', 'country');
        evidence(position.evidence, `${positionPath}.evidence`);
      });
    }
    if (entity.type === 'event') {
      entity.purposes.forEach((purpose, at) =>
        evidence(purpose.evidence, `${path}.purposes[${at}].evidence`),
      );
    }
    if (entity.type === 'statement') checkEvidence(entity.quote, `${path}.quote`);
  };

  const sourceIds = new Set<string>();
  dataset.sources.forEach((source, index) => {
    if (source) unique(sourceIds, source.id, `sources[${index}].id`);
  });
  dataset.entities.forEach((entity, index) => {
    if (entity) unique(entityIds, entity.id, `entities[${index}].id`);
  });

  dataset.entities.forEach((entity, index) => {
    const path = `entities[${index}]`;
    if (entity) guard(path, () => checkEntity(entity, path));
  });
  const relationshipIds = new Set<string>();
  dataset.relationships.forEach((relationship, index) => {
    const path = `relationships[${index}]`;
    if (!relationship) return;
    guard(path, () => {
      unique(relationshipIds, relationship.id, `${path}.id`);
      // The graph draws entities and relationships as one set of elements, keyed by id.
      if (entityIds.has(relationship.id)) {
        problems.push({
          path: `${path}.id`,
          expected: 'an id no entity has',
          found: `"${relationship.id}", also an entity's id`,
        });
      }
      reference(relationship.source, `${path}.source`, 'an entity');
      reference(relationship.target, `${path}.target`, 'an entity');
      evidence(relationship.evidence, `${path}.evidence`);
      date(relationship.date, `${path}.date`);
      date(relationship.endDate, `${path}.endDate`);
    });
  });

  return problems;
}
