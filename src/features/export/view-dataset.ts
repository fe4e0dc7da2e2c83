import { dateOf } from '../../data/time/dates';
import type { IndexedDataset } from '../../data/model/indexed-dataset';
import type { Dataset, DateValue, Entity, Evidence, Relationship } from '../../data/schema/schema';

function anchorOf(date: DateValue | undefined): string | undefined {
  return date?.precision === 'relative' && date.anchor !== 'publication' ? date.anchor : undefined;
}

/** Entities an entity names in its fields: its country, a position's organization, a date's anchor. */
function referencesOf(entity: Entity): (string | undefined)[] {
  const ids = [anchorOf(dateOf(entity))];
  if ('country' in entity) ids.push(entity.country);
  if (entity.type === 'person') {
    for (const position of entity.positions) ids.push(position.organization, position.country);
  }
  return ids;
}

function evidenceOf(item: Entity | Relationship): Evidence[] {
  const evidence = [...item.evidence];
  const date = 'date' in item ? item.date : undefined;
  if (date) evidence.push(...date.evidence);
  if ('positions' in item) item.positions.forEach((p) => evidence.push(...p.evidence));
  if ('purposes' in item) item.purposes.forEach((p) => evidence.push(...p.evidence));
  if ('quote' in item) evidence.push(item.quote);
  return evidence;
}

/**
 * The part of a dataset a view shows, as a dataset of its own that Liaison opens again: the
 * entities and relationships in view, the entities they name (the ends of each relationship,
 * a country, an anchoring event) so that no reference dangles, and the sources they quote.
 * Everything keeps the dataset's order, and the whole view gives back the whole dataset.
 */
export function selectViewDataset(
  dataset: IndexedDataset,
  isInView: (id: string) => boolean,
): Dataset {
  const relationships = dataset.relationships.filter((relationship) => isInView(relationship.id));
  const kept = new Set(dataset.entities.filter((entity) => isInView(entity.id)).map((e) => e.id));
  const pending = [...kept];
  const keep = (id: string | undefined) => {
    if (id === undefined || kept.has(id)) return;
    kept.add(id);
    pending.push(id);
  };
  for (const relationship of relationships) {
    [relationship.source, relationship.target, anchorOf(relationship.date)].forEach(keep);
  }
  while (pending.length > 0) {
    const entity = dataset.entityById.get(pending.pop()!);
    if (entity) referencesOf(entity).forEach(keep);
  }
  const entities = dataset.entities.filter((entity) => kept.has(entity.id));
  const quoted = new Set(
    [...entities, ...relationships].flatMap(evidenceOf).map((item) => item.source),
  );
  // A dataset needs a source; a view that quotes none keeps them all.
  const sources = quoted.size
    ? dataset.sources.filter((source) => quoted.has(source.id))
    : dataset.sources;
  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    schemaVersion: dataset.schemaVersion,
    title: dataset.title,
    sources,
    entities,
    relationships,
  };
}
