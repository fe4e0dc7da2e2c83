import type { IndexedDataset } from './indexed-dataset';
import type { Evidence } from '../schema/schema';

export interface Paragraph {
  /** 1-based, as a reader counts and a link says (`step=4`). */
  number: number;
  start: number;
  end: number;
}

/** The paragraphs of a text: its non-blank lines, with their offsets. */
export function toParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) paragraphs.push({ number: paragraphs.length + 1, start, end });
    start = end + 1;
  }
  return paragraphs;
}

export interface Walkthrough {
  paragraphs: Paragraph[];
  /** The paragraph in which each entity and relationship is first told; absent if never. */
  introducedAt: ReadonlyMap<string, number>;
}

/** The paragraph holding an offset (a span belongs where it starts); a binary search. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): number | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle]!;
    if (offset < paragraph.start) high = middle - 1;
    else if (offset > paragraph.end) low = middle + 1;
    else return paragraph.number;
  }
  return undefined;
}

/**
 * Where the story introduces each entity and relationship: the first paragraph with
 * evidence for it. A relationship cannot be told before both its ends, so it waits for them.
 */
export function deriveWalkthrough(dataset: IndexedDataset, sourceId: string): Walkthrough {
  const source = dataset.sourceById.get(sourceId);
  const paragraphs = source ? toParagraphs(source.text) : [];
  const first = (evidence: readonly Evidence[]) => {
    let earliest: number | undefined;
    for (const item of evidence) {
      if (item.source !== sourceId) continue;
      const at = paragraphAt(paragraphs, item.start);
      if (at !== undefined && (earliest === undefined || at < earliest)) earliest = at;
    }
    return earliest;
  };
  const introducedAt = new Map<string, number>();
  for (const entity of dataset.entities) {
    const at = first(entity.evidence);
    if (at !== undefined) introducedAt.set(entity.id, at);
  }
  for (const relationship of dataset.relationships) {
    const own = first(relationship.evidence);
    const source = introducedAt.get(relationship.source);
    const target = introducedAt.get(relationship.target);
    if (own === undefined || source === undefined || target === undefined) continue;
    introducedAt.set(relationship.id, Math.max(own, source, target));
  }
  return { paragraphs, introducedAt };
}

export interface StoryStep {
  /** Told in this paragraph or before. */
  told: Set<string>;
  /** Told first in this paragraph. */
  added: Set<string>;
}

/** What the story has told by a paragraph, and what that paragraph adds. */
export function selectStoryStep(walkthrough: Walkthrough, step: number): StoryStep {
  const told = new Set<string>();
  const added = new Set<string>();
  for (const [id, at] of walkthrough.introducedAt) {
    if (at <= step) told.add(id);
    if (at === step) added.add(id);
  }
  return { told, added };
}
