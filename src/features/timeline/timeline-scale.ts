import { formatDate } from '../../data/time/dates';
import type { Timeline, TimelineSlot } from '../../data/time/timeline';
import {
  formatTimePoint,
  type Era,
  type TimePoint,
  type TimeWindow,
} from '../../data/time/time-points';

/** Where the lane of each era lies across the width, in per cent: calendar, a gap, relative. */
const ERA_BANDS: Record<Era, [number, number]> = { calendar: [0, 56], relative: [64, 100] };

/**
 * Where a slot's bar sits in its lane, in per cent of the lane's width. Each era gets its
 * own scale, since the undated publication puts no number of days between the two.
 */
export function toLanes(timeline: Timeline): Map<TimelineSlot, { left: number; width: number }> {
  const eras = new Set(timeline.slots.map((slot) => slot.placement.era));
  const bands = (era: Era): [number, number] => (eras.size > 1 ? ERA_BANDS[era] : [0, 100]);
  const lanes = new Map<TimelineSlot, { left: number; width: number }>();
  for (const era of eras) {
    const slots = timeline.slots.filter((slot) => slot.placement.era === era);
    const first = Math.min(...slots.map((slot) => slot.placement.start));
    // A day covers one unit of the scale: a bar runs to the end of its last day.
    const last = Math.max(...slots.map((slot) => slot.placement.end + 1));
    const [from, to] = bands(era);
    const scale = (to - from) / Math.max(last - first, 1);
    for (const slot of slots) {
      const { start, end } = slot.placement;
      lanes.set(slot, { left: from + (start - first) * scale, width: (end + 1 - start) * scale });
    }
  }
  return lanes;
}

/** The slot index a handle sits at for a window: open ends sit at the ends. */
export function handleIndexes(timeline: Timeline, window: TimeWindow | null): [number, number] {
  const last = timeline.slots.length - 1;
  const key = (point: TimePoint | null) => (point ? formatTimePoint(point) : null);
  const fromKey = key(window?.from ?? null);
  const toKey = key(window?.to ?? null);
  const from = timeline.slots.findIndex((slot) => formatTimePoint(slot.from) === fromKey);
  const to = timeline.slots.findIndex((slot) => formatTimePoint(slot.to) === toKey);
  return [fromKey === null ? 0 : Math.max(from, 0), toKey === null ? last : to < 0 ? last : to];
}

/** The window two handles make; at the ends a handle leaves its side open, both at the ends none. */
export function windowFromHandles(timeline: Timeline, from: number, to: number): TimeWindow | null {
  const last = timeline.slots.length - 1;
  const [start, end] = from <= to ? [from, to] : [to, from];
  if (start === 0 && end === last) return null;
  return {
    from: start === 0 ? null : timeline.slots[start]!.from,
    to: end === last ? null : timeline.slots[end]!.to,
  };
}

/** What a slot is called: the date of its first event as the source gives it. */
export function slotLabel(slot: TimelineSlot): string {
  const first = slot.events[0]!;
  const date =
    first.date ?? (first.during && 'date' in first.during ? first.during.date : undefined);
  return date ? formatDate(date) : describePoint(slot.from);
}

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** A window bound in words, for a bound no slot names (a hand-written link). */
export function describePoint(point: TimePoint): string {
  if (point.era === 'relative') {
    if (point.offset === 0) return 'the publication';
    const count = Math.abs(point.offset);
    const amount = count === 1 ? `one ${point.unit}` : `${count} ${point.unit}s`;
    return `${amount} ${point.offset < 0 ? 'before' : 'after'} the publication`;
  }
  if (point.month === undefined) return String(point.year);
  const month = MONTHS.format(new Date(Date.UTC(2000, point.month - 1, 1)));
  return point.day === undefined ? `${month} ${point.year}` : `${point.day} ${month} ${point.year}`;
}

/** A window bound by the name of the slot it matches, else in words. */
export function describeBound(timeline: Timeline, point: TimePoint, side: 'from' | 'to'): string {
  const key = formatTimePoint(point);
  const slot = timeline.slots.find((item) => formatTimePoint(item[side]) === key);
  return slot ? slotLabel(slot) : describePoint(point);
}
