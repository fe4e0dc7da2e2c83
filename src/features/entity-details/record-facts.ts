import type { Entity, RecordProperty } from '../../data/schema/schema';
import type { IndexedDataset } from '../../data/model/indexed-dataset';

/** What a reader of a sanction or a passport asks first, in this order; the rest follows. */
const FIRST_FIELDS = [
  'program',
  'programId',
  'authority',
  'country',
  'startDate',
  'endDate',
  'listingDate',
  'number',
  'reason',
  'status',
];

/** A record of a fact about an entity, with its fields in the order a reader wants them. */
export interface RecordFact {
  record: Entity;
  fields: readonly RecordProperty[];
}

const rank = (property: RecordProperty) => {
  const at = FIRST_FIELDS.indexOf(property.name);
  return at < 0 ? FIRST_FIELDS.length : at;
};

/** The records of facts about the entity (its sanctions, its passports), the longest-held first. */
export function selectRecordFacts(dataset: IndexedDataset, entity: Entity): RecordFact[] {
  return dataset.entities
    .filter((other) => other.recordOf === entity.id)
    .map((record) => ({
      record,
      fields: [...(record.properties ?? [])].sort((a, b) => rank(a) - rank(b)),
    }));
}
