import type { Certainty, EntityType, RelationshipType } from './schema';

/** Readable words for the dataset's closed vocabularies, in one place. */

export const ENTITY_TYPE_LABELS: Record<EntityType, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  delegation: { singular: 'Delegation', plural: 'Delegations' },
  organization: { singular: 'Organization', plural: 'Organizations' },
  event: { singular: 'Event', plural: 'Events' },
  place: { singular: 'Place', plural: 'Places' },
  country: { singular: 'Country', plural: 'Countries' },
  document: { singular: 'Document', plural: 'Documents' },
  monument: { singular: 'Monument', plural: 'Monuments' },
  statement: { singular: 'Statement', plural: 'Statements' },
  group: { singular: 'Group', plural: 'Groups' },
  other: { singular: 'Other', plural: 'Other things' },
};

/**
 * `forward` reads source → target ("Goremykin leads the delegation");
 * `inverse` reads target → source, for panels listing incoming links.
 */
export const RELATIONSHIP_LABELS: Record<RelationshipType, { forward: string; inverse: string }> = {
  heads: { forward: 'heads', inverse: 'headed by' },
  'deputy-of': { forward: 'deputy of', inverse: 'has deputy' },
  'member-of': { forward: 'member of', inverse: 'has member' },
  'part-of': { forward: 'part of', inverse: 'includes' },
  leads: { forward: 'leads', inverse: 'led by' },
  'sent-by': { forward: 'sent by', inverse: 'sent' },
  visited: { forward: 'visited', inverse: 'visited by' },
  'arrived-in': { forward: 'arrived in', inverse: 'arrival of' },
  greeted: { forward: 'greeted', inverse: 'greeted by' },
  met: { forward: 'met', inverse: 'met' },
  'participated-in': { forward: 'took part in', inverse: 'participant' },
  attended: { forward: 'attended', inverse: 'attended by' },
  'laid-wreath-at': { forward: 'laid a wreath at', inverse: 'wreath laid by' },
  'on-behalf-of': { forward: 'on behalf of', inverse: 'represented by' },
  'located-in': { forward: 'located in', inverse: 'location of' },
  near: { forward: 'near', inverse: 'near' },
  'took-place-at': { forward: 'took place at', inverse: 'scene of' },
  commemorates: { forward: 'commemorates', inverse: 'commemorated by' },
  honours: { forward: 'honours', inverse: 'honoured by' },
  reported: { forward: 'reported', inverse: 'reported by' },
  'party-to': { forward: 'party to', inverse: 'has party' },
  signed: { forward: 'signed', inverse: 'signed by' },
  'deployed-to': { forward: 'deployed to', inverse: 'received deployment of' },
  'speaks-for': { forward: 'speaks for', inverse: 'spoken for by' },
  said: { forward: 'said', inverse: 'said by' },
  'said-at': { forward: 'said at', inverse: 'occasion of' },
  'counterpart-of': { forward: 'counterpart of', inverse: 'counterpart of' },
  'ambassador-to': { forward: 'ambassador to', inverse: 'hosts ambassador' },
  unveiled: { forward: 'unveiled', inverse: 'unveiled at' },
  about: { forward: 'about', inverse: 'subject of' },
  echoes: { forward: 'echoes', inverse: 'echoed by' },
  followed: { forward: 'followed', inverse: 'followed by' },
  'related-to': { forward: 'related to', inverse: 'related to' },
  owns: { forward: 'owns', inverse: 'owned by' },
  directs: { forward: 'directs', inverse: 'directed by' },
  'employed-by': { forward: 'works for', inverse: 'employs' },
  represents: { forward: 'represents', inverse: 'represented by' },
  'family-of': { forward: 'family of', inverse: 'family of' },
  'associate-of': { forward: 'associate of', inverse: 'associate of' },
  paid: { forward: 'paid', inverse: 'paid by' },
  owes: { forward: 'owes', inverse: 'owed by' },
};

export const CERTAINTY_LABELS: Record<Certainty, { label: string; description: string }> = {
  stated: { label: 'Stated', description: 'The article asserts it.' },
  reported: {
    label: 'Reported',
    description: 'Attributed to a reporter, such as the state newspaper.',
  },
  speculated: {
    label: 'Speculated',
    description: 'Analysts speculate or the article says it "appears".',
  },
  classified: { label: 'Classified', description: 'The source says the fact is withheld.' },
  unknown: { label: 'Unknown', description: 'The source does not say.' },
};

export const CERTAINTIES = Object.keys(CERTAINTY_LABELS) as Certainty[];

/** Whether a reader should doubt a claim of this certainty: the graph draws it in a paler line. */
export function isUncertain(certainty: Certainty): boolean {
  return certainty === 'speculated' || certainty === 'classified' || certainty === 'unknown';
}
