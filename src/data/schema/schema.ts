import { z } from 'zod';
import { isRealDay } from '../time/calendar';
import { RELATIONSHIP_TYPES } from './type-lists';

// The lists live apart so that the page can use them without loading zod.
export { ENTITY_TYPES, RELATIONSHIP_TYPES } from './type-lists';

// Zod compiles parsers with `new Function` after probing for it; the probe alone breaks the
// Content-Security-Policy (no 'unsafe-eval'), and the interpreted parsers are fast enough here.
z.config({ jitless: true });

/**
 * The Liaison dataset format. This file is the one definition of it: the
 * TypeScript types, the runtime validation and the shipped JSON Schema
 * (`public/data/schema.json`) are all derived from these declarations.
 */

export const SCHEMA_VERSION = 1;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of lower-case letters, digits and single hyphens')
  .describe('Stable, readable slug: lower-case letters, digits and single hyphens.')
  .meta({ id: 'Id' });

export const evidenceSchema = z
  .object({
    source: idSchema.describe('Id of the source the quote comes from.'),
    start: z
      .int()
      .nonnegative()
      .describe(
        'Offset of the first character, in UTF-16 code units (as JavaScript strings count).',
      ),
    end: z.int().positive().describe('Offset just past the last character, in UTF-16 code units.'),
    quote: z.string().min(1).describe('Exactly source.text.slice(start, end).'),
  })
  .describe('Where the source says it: a span of one source text.')
  .meta({ id: 'Evidence' });

export const recordEvidenceSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .describe("The record's own id where it was published, e.g. a FollowTheMoney entity id."),
    schema: z.string().optional().describe('What the record is, e.g. the FtM schema "Ownership".'),
    property: z
      .string()
      .optional()
      .describe('The field of the record the fact was read from, e.g. "holder".'),
    dataset: z.string().optional().describe('The dataset the record belongs to.'),
    publisher: z.string().optional().describe('Who published the record.'),
    url: z.string().optional().describe('Where the record says its data comes from.'),
  })
  .describe(
    'Where a record of structured data (a FollowTheMoney entity, say) states the fact: the second ' +
      'kind of evidence, for data that has no source text to quote.',
  )
  .meta({ id: 'RecordEvidence' });

export const recordPropertySchema = z
  .object({
    name: z.string().min(1).describe('The field as the record names it, e.g. "nationality".'),
    label: z.string().min(1).describe('The field in words, e.g. "Nationality".'),
    values: z.array(z.string()).min(1),
    type: z
      .literal('country')
      .optional()
      .describe('What the values are where a reader needs them in words: country codes.'),
  })
  .describe('A field of a record that Liaison has no place for, kept as written.')
  .meta({ id: 'RecordProperty' });

/** Facts need evidence: a quote, or a record that states them. */
function requireEvidence(
  fact: { evidence: readonly unknown[]; records?: readonly unknown[] | undefined },
  context: z.core.$RefinementCtx,
) {
  if (fact.evidence.length > 0 || (fact.records?.length ?? 0) > 0) return;
  context.addIssue({
    code: 'too_small',
    origin: 'array',
    minimum: 1,
    inclusive: true,
    input: fact.evidence,
    path: ['evidence'],
    message: 'Too small: expected array to have >=1 items',
  });
}

export const certaintySchema = z
  .enum(['stated', 'reported', 'speculated', 'classified', 'unknown'])
  .describe(
    'How the source itself presents the claim: stated (the article asserts it), reported ' +
      '(attributed to a reporter), speculated (analysts speculate, "appears to be"), classified ' +
      '(the source says it is withheld), unknown.',
  )
  .meta({ id: 'Certainty' });

export const noteSchema = z
  .object({
    text: z.string().min(1),
    origin: z
      .enum(['source', 'external'])
      .describe('external: the fact comes from outside the source and is marked as such.'),
    reference: z.string().optional().describe('Where an external fact comes from.'),
  })
  .describe('A remark on a fact; external notes carry knowledge from outside the source.')
  .meta({ id: 'Note' });

const weekdaySchema = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

const dateBase = {
  text: z
    .string()
    .min(1)
    .describe('The date in the words of the source, e.g. "June 2023", "last month".'),
  evidence: z.array(evidenceSchema).default([]),
};

export const dateSchema = z
  .discriminatedUnion('precision', [
    z.object({ precision: z.literal('year'), year: z.int(), ...dateBase }),
    z.object({
      precision: z.literal('month'),
      year: z.int(),
      month: z.int().min(1).max(12),
      ...dateBase,
    }),
    z
      .object({
        precision: z.literal('day'),
        year: z.int(),
        month: z.int().min(1).max(12),
        day: z.int().min(1).max(31),
        ...dateBase,
      })
      .refine((date) => isRealDay(date.year, date.month, date.day), {
        message: 'a day of that month (31 February, 31 April and 29 February 2023 do not exist)',
        path: ['day'],
      }),
    z.object({
      precision: z.literal('relative'),
      anchor: z
        .union([z.literal('publication'), idSchema])
        .describe(
          'What the date is relative to: the (undated) publication, or the id of an event.',
        ),
      unit: z.enum(['day', 'week', 'month', 'year']),
      offset: z.int().describe('How many units after (positive) or before (negative) the anchor.'),
      weekday: weekdaySchema.optional(),
      ...dateBase,
    }),
  ])
  .describe('A date that keeps the precision the source gives it and never invents more.')
  .meta({ id: 'Date' });

export const purposeSchema = z
  .object({
    text: z.string().min(1),
    certainty: certaintySchema,
    attributedTo: z
      .string()
      .optional()
      .describe('Who the source says holds this view, e.g. "analysts".'),
    evidence: z.array(evidenceSchema).min(1),
  })
  .meta({ id: 'Purpose' });

export const positionSchema = z
  .object({
    title: z.string().min(1),
    organization: idSchema.optional(),
    country: idSchema.optional(),
    evidence: z.array(evidenceSchema).min(1),
  })
  .meta({ id: 'Position' });

const entityBase = {
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]).describe('Spelling variants a user may type.'),
  summary: z.string().min(1).describe('One line, for a reader.'),
  evidence: z
    .array(evidenceSchema)
    .describe('Quotes of a source; at least one, unless `records` states the entity.'),
  records: z.array(recordEvidenceSchema).optional(),
  notes: z.array(noteSchema).default([]),
  properties: z.array(recordPropertySchema).optional(),
  recordOf: idSchema
    .optional()
    .describe(
      'Set when the entity is a record of a fact about another entity (a sanction, a passport): ' +
        "it is shown in that entity's panel, and drawn on the graph only when the view asks for records.",
    ),
};

export const personSchema = z
  .object({
    type: z.literal('person'),
    ...entityBase,
    country: idSchema.optional(),
    positions: z.array(positionSchema).default([]),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Person' });
export const delegationSchema = z
  .object({
    type: z.literal('delegation'),
    ...entityBase,
    country: idSchema.optional(),
    date: dateSchema.optional(),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Delegation' });
export const organizationSchema = z
  .object({
    type: z.literal('organization'),
    ...entityBase,
    country: idSchema.optional(),
    kind: z.string().optional().describe('e.g. ministry, newspaper, armed forces.'),
    role: z.string().optional().describe('What it does, from the source.'),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Organization' });
export const eventSchema = z
  .object({
    type: z.literal('event'),
    ...entityBase,
    kind: z.enum([
      'visit',
      'arrival',
      'meeting',
      'ceremony',
      'report',
      'signing',
      'deployment',
      'conflict',
      'other',
    ]),
    certainty: certaintySchema,
    date: dateSchema.optional(),
    purposes: z.array(purposeSchema).default([]),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Event' });
export const placeSchema = z
  .object({
    type: z.literal('place'),
    ...entityBase,
    kind: z.string().optional().describe('e.g. city, park.'),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Place' });
export const countrySchema = z
  .object({ type: z.literal('country'), ...entityBase })
  .superRefine(requireEvidence)
  .meta({ id: 'Country' });
export const documentSchema = z
  .object({
    type: z.literal('document'),
    ...entityBase,
    kind: z.string().optional().describe('e.g. treaty.'),
    date: dateSchema.optional(),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Document' });
export const monumentSchema = z
  .object({ type: z.literal('monument'), ...entityBase })
  .superRefine(requireEvidence)
  .meta({ id: 'Monument' });
export const statementSchema = z
  .object({
    type: z.literal('statement'),
    ...entityBase,
    certainty: certaintySchema,
    quote: evidenceSchema.describe('The words of the statement as the source gives them.'),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Statement' });
export const groupSchema = z
  .object({ type: z.literal('group'), ...entityBase })
  .describe('An unnamed collective the source speaks of: analysts, troops, fallen soldiers.')
  .superRefine(requireEvidence)
  .meta({ id: 'Group' });
export const otherSchema = z
  .object({
    type: z.literal('other'),
    ...entityBase,
    kind: z.string().min(1).describe('What the record calls it, e.g. the FtM schema "Vessel".'),
  })
  .describe('A thing of a kind Liaison has no type for, such as a vessel in an FtM file.')
  .superRefine(requireEvidence)
  .meta({ id: 'Other' });

export const entitySchema = z
  .discriminatedUnion('type', [
    personSchema,
    delegationSchema,
    organizationSchema,
    eventSchema,
    placeSchema,
    countrySchema,
    documentSchema,
    monumentSchema,
    statementSchema,
    otherSchema,
    groupSchema,
  ])
  .meta({ id: 'Entity' });

export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES).meta({ id: 'RelationshipType' });

export const relationshipSchema = z
  .object({
    id: idSchema,
    type: relationshipTypeSchema,
    source: idSchema.describe('Id of the entity the relationship starts from.'),
    target: idSchema.describe('Id of the entity it points to.'),
    label: z
      .string()
      .optional()
      .describe('Overrides the readable label of the type, e.g. "guest of honour at".'),
    role: z.string().optional().describe('The role of the source entity, e.g. "host", "leader".'),
    certainty: certaintySchema,
    date: dateSchema.optional(),
    endDate: dateSchema.optional().describe('When the relationship ended, where a record says.'),
    evidence: z
      .array(evidenceSchema)
      .describe('Quotes of a source; at least one, unless `records` states the relationship.'),
    records: z.array(recordEvidenceSchema).optional(),
    notes: z.array(noteSchema).default([]),
    properties: z.array(recordPropertySchema).optional(),
  })
  .superRefine(requireEvidence)
  .meta({ id: 'Relationship' });

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    publisher: z.string().optional().describe('Omitted when the source does not name it.'),
    published: z.string().optional().describe('ISO date; omitted when the source is undated.'),
    url: z
      .string()
      .optional()
      .describe('Web address of the source, shown as "Web address"; omitted when it has none.'),
    language: z.string().default('en'),
    notes: z.array(noteSchema).default([]),
    text: z.string().min(1).describe('The full text; evidence offsets index into it.'),
  })
  .meta({ id: 'Source' });

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: z.string().min(1),
    notes: z
      .array(noteSchema)
      .optional()
      .describe('About the dataset as a whole, e.g. what an import skipped and why.'),
    sources: z
      .array(sourceSchema)
      .describe('The texts evidence quotes; a dataset of records alone may have none.'),
    entities: z.array(entitySchema),
    relationships: z.array(relationshipSchema),
  })
  .describe(
    'A Liaison dataset: sources, the entities they mention and the relationships between them.',
  );

export type Evidence = z.infer<typeof evidenceSchema>;
export type RecordEvidence = z.infer<typeof recordEvidenceSchema>;
export type RecordProperty = z.infer<typeof recordPropertySchema>;
export type Certainty = z.infer<typeof certaintySchema>;
export type Note = z.infer<typeof noteSchema>;
export type DateValue = z.infer<typeof dateSchema>;
export type Purpose = z.infer<typeof purposeSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = Entity['type'];
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
