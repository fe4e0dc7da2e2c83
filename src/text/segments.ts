/** Anything that covers a range of a text. */
export interface Range {
  start: number;
  end: number;
}

export interface Segment<T extends Range> {
  start: number;
  end: number;
  text: string;
  /** The items whose range covers this whole segment, in the order given; empty for plain text. */
  covering: T[];
}

const clamp = (at: number, length: number) => Math.max(0, Math.min(at, length));

/**
 * Cuts a text at every boundary of the items (and at the extra cuts), so
 * overlapping ranges can be drawn as flat runs that each know every item resting on them.
 */
export function toSegments<T extends Range>(
  text: string,
  items: readonly T[],
  extraCuts: readonly number[] = [],
): Segment<T>[] {
  const cuts = new Set([0, text.length, ...extraCuts.map((at) => clamp(at, text.length))]);
  for (const item of items) {
    cuts.add(clamp(item.start, text.length));
    cuts.add(clamp(item.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const order = new Map(items.map((item, at) => [item, at]));
  const byOrder = (a: T, b: T) => order.get(a)! - order.get(b)!;
  const byStart = [...items].sort((a, b) => a.start - b.start);
  const segments: Segment<T>[] = [];
  let active: T[] = [];
  let next = 0;
  for (let at = 0; at < points.length - 1; at++) {
    const start = points[at]!;
    const end = points[at + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    active = active.filter((item) => item.end >= end);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      covering: [...active].sort(byOrder),
    });
  }
  return segments;
}
