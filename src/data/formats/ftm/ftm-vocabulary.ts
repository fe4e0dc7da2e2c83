import type { Certainty, RelationshipType } from '../../schema/schema';
import { CERTAINTIES, RELATIONSHIP_LABELS } from '../../schema/vocabulary';

/**
 * Liaison's words for FtM's edge schemata. Which properties make each schema an edge comes from
 * the model; only what the link means in Liaison's vocabulary is ours to say. An edge schema not
 * named here is `related-to`, labelled with the model's own edge label ("awarded to").
 */
const TYPE_BY_EDGE_SCHEMA: ReadonlyMap<string, RelationshipType> = new Map([
  ['Ownership', 'owns'],
  ['Directorship', 'directs'],
  ['Membership', 'member-of'],
  ['Employment', 'employed-by'],
  ['Representation', 'represents'],
  ['Family', 'family-of'],
  ['Associate', 'associate-of'],
  ['Payment', 'paid'],
  ['Debt', 'owes'],
]);

const EDGE_SCHEMA_BY_TYPE: ReadonlyMap<RelationshipType, string> = new Map(
  [...TYPE_BY_EDGE_SCHEMA].map(([schema, type]) => [type, schema]),
);

const TYPE_BY_FORWARD_LABEL: ReadonlyMap<string, RelationshipType> = new Map(
  (Object.entries(RELATIONSHIP_LABELS) as [RelationshipType, { forward: string }][])
    .reverse()
    .map(([type, { forward }]) => [forward, type]),
);

export function relationshipTypeOfEdge(schemaName: string): RelationshipType | undefined {
  return TYPE_BY_EDGE_SCHEMA.get(schemaName);
}

export function edgeSchemaOfType(type: RelationshipType): string | undefined {
  return EDGE_SCHEMA_BY_TYPE.get(type);
}

/** "Ivan Petrov owns Acme Ltd", with " (speculated)" when the claim is less than stated. */
export function linkSentence(
  sourceName: string,
  label: string,
  targetName: string,
  certainty: Certainty,
): string {
  return `${sourceName} ${label} ${targetName}${certainty === 'stated' ? '' : ` (${certainty})`}`;
}

interface LinkWordsInput {
  edgeType: RelationshipType | undefined;
  edgeLabel: string | undefined;
  isUnknownLink: boolean;
  summary: string | undefined;
  description: string | undefined;
  sourceName: string;
  targetName: string;
}

/** The longest summary that can be a link's label. */
const LABEL_LENGTH = 60;

/**
 * What an FtM edge says in Liaison's words. A summary that is one of Liaison's labels names the
 * type (so Liaison's own export reads back as it was written); a description that reads as
 * Liaison's sentence for the link gives its wording and certainty.
 */
export function describeLink(input: LinkWordsInput) {
  let type: RelationshipType = input.edgeType ?? 'related-to';
  let label = input.edgeType || input.isUnknownLink ? undefined : input.edgeLabel;
  let certainty: Certainty = 'stated';
  const used: string[] = [];
  const summary = input.summary?.trim();
  if (summary && summary.length <= LABEL_LENGTH) {
    const named = TYPE_BY_FORWARD_LABEL.get(summary);
    if (named && (!input.edgeType || named === input.edgeType)) {
      type = named;
      label = undefined;
      used.push('summary');
    } else if (input.isUnknownLink) {
      label = summary;
      used.push('summary');
    }
  }
  const description = input.description?.trim();
  const prefix = `${input.sourceName} `;
  const suffix = ` ${input.targetName}`;
  if (description && input.sourceName && description.startsWith(prefix)) {
    let rest = description.slice(prefix.length);
    const stated = /\s\((reported|speculated|classified|unknown)\)$/.exec(rest);
    const claimed = stated?.[1] as Certainty | undefined;
    if (claimed && CERTAINTIES.includes(claimed)) rest = rest.slice(0, -stated![0].length);
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      const words = rest.slice(0, -suffix.length);
      if (words !== RELATIONSHIP_LABELS[type].forward) label = words;
      certainty = claimed ?? 'stated';
      used.push('description');
    }
  }
  return { type, label, certainty, used };
}

/** Liaison's export names each quote's Note after the fact it supports and its offsets. */
export function quoteId(factId: string, start: number, end: number): string {
  return `${factId}:quote:${start}-${end}`;
}

export function parseQuoteId(id: string) {
  const match = /^(.+):quote:(\d+)-(\d+)$/.exec(id);
  if (!match) return null;
  return { factId: match[1]!, start: Number(match[2]), end: Number(match[3]) };
}
