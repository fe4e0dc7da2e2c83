import type { Citation } from '../data/model/indexed-dataset';
import { foldText } from '../lib/fold-text';
import type { EntityType } from '../data/schema/schema';
import { ENTITY_TYPE_LABELS } from '../data/schema/vocabulary';

/** What a span of evidence supports: an entity of some type, or a relationship. */
export type SpanKind = EntityType | 'relationship';

export interface Fact {
  kind: SpanKind;
  owner: Citation['owner'];
  name: string;
}

/** One stretch of the source cited as evidence, with every fact resting on it. */
export interface EvidenceSpan {
  start: number;
  end: number;
  quote: string;
  /** Each fact once, entities first. */
  facts: Fact[];
  /** The kind the span is drawn in: the entity it names, else a relationship. */
  kind: SpanKind;
  /** Its line below the text, 0 nearest; overlapping spans never share one. */
  lane: number;
}

/** The entity whose name the quote spells out at greatest length, else the first entity. */
function mainKind(quote: string, facts: readonly Fact[]): SpanKind {
  const entities = facts.filter((fact) => fact.kind !== 'relationship');
  const folded = foldText(quote);
  const named = entities
    .filter((fact) => folded.includes(foldText(fact.name)))
    .sort((a, b) => b.name.length - a.name.length);
  return (named[0] ?? entities[0])?.kind ?? 'relationship';
}

/** Shortest spans take the lanes nearest the text, so names sit on the first line. */
function assignLanes(spans: EvidenceSpan[]) {
  const lanes: EvidenceSpan[][] = [];
  const bySize = [...spans].sort(
    (a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start,
  );
  for (const span of bySize) {
    let lane = 0;
    while (lanes[lane]?.some((other) => other.start < span.end && span.start < other.end)) lane++;
    (lanes[lane] ??= []).push(span);
    span.lane = lane;
  }
}

/**
 * Groups citations by the exact range they cite, names the kind each range
 * supports and gives it a lane; spans come in text order, outer before inner.
 */
export function toEvidenceSpans(
  text: string,
  citations: readonly Citation[],
  describe: (citation: Citation) => { kind: SpanKind; name: string },
): EvidenceSpan[] {
  const byRange = new Map<string, EvidenceSpan>();
  for (const citation of citations) {
    const { start, end } = citation.evidence;
    const key = `${start}-${end}`;
    let span = byRange.get(key);
    if (!span) {
      span = {
        start,
        end,
        quote: text.slice(start, end),
        facts: [],
        kind: 'relationship',
        lane: 0,
      };
      byRange.set(key, span);
    }
    const { owner } = citation;
    if (!span.facts.some((fact) => fact.owner.kind === owner.kind && fact.owner.id === owner.id))
      span.facts.push({ owner, ...describe(citation) });
  }
  const spans = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of spans) {
    span.facts.sort(
      (a, b) => Number(a.kind === 'relationship') - Number(b.kind === 'relationship'),
    );
    span.kind = mainKind(span.quote, span.facts);
  }
  assignLanes(spans);
  return spans;
}

export const kindLabel = (kind: SpanKind) =>
  kind === 'relationship' ? 'Relationship' : ENTITY_TYPE_LABELS[kind].singular;

/** What a screen reader hears on a span's mark: "Person Viktor Goremykin and 1 relationship". */
export function describeSpan(span: EvidenceSpan): string {
  const entities = span.facts.filter((fact) => fact.kind !== 'relationship');
  const relationships = span.facts.length - entities.length;
  const parts = entities.map((fact) => `${kindLabel(fact.kind)} ${fact.name}`);
  if (relationships > 0) parts.push(`${relationships} relationship${relationships > 1 ? 's' : ''}`);
  const list =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `Evidence for ${list}`;
}
