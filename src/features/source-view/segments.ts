import type { Citation } from '../../data/indexed-dataset';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The citations whose span covers this whole segment; empty for uncited text. */
  citations: Citation[];
}

/**
 * Cuts a text at every citation boundary, so overlapping spans can be drawn as
 * flat, non-nested highlights that each know every fact they support.
 */
export function toSegments(text: string, citations: readonly Citation[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const { evidence } of citations) {
    cuts.add(Math.max(0, Math.min(evidence.start, text.length)));
    cuts.add(Math.max(0, Math.min(evidence.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...citations].sort((a, b) => a.evidence.start - b.evidence.start);
  const segments: Segment[] = [];
  let active: Citation[] = [];
  let next = 0;
  for (let at = 0; at < points.length - 1; at++) {
    const start = points[at]!;
    const end = points[at + 1]!;
    while (next < byStart.length && byStart[next]!.evidence.start <= start)
      active.push(byStart[next++]!);
    active = active.filter((citation) => citation.evidence.end >= end);
    segments.push({ start, end, text: text.slice(start, end), citations: [...active] });
  }
  return segments;
}
