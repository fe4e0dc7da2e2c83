import { dateOf, UNIT_DAYS } from './dates';
import type { IndexedDataset } from '../model/indexed-dataset';
import type { DateValue, Entity } from '../schema/schema';
import { calendarPeriod, compareDays, type Placement, type TimePoint } from './time-points';

/** Where an entity falls in time, and how we know. */
export interface EntityPlacement {
  placement: Placement | null;
  /** The entity's own date, when the source gives one. */
  date?: DateValue;
  /** For an undated event that is part of a dated one: the dated one, whose time it takes. */
  during?: Entity;
}

/** Where a date falls; null when it hangs on something undated (or on itself). */
export function placeDate(
  date: DateValue,
  dataset: IndexedDataset,
  seen: ReadonlySet<string> = new Set(),
): Placement | null {
  switch (date.precision) {
    case 'year':
      return calendarPeriod(date.year);
    case 'month':
      return calendarPeriod(date.year, date.month);
    case 'day':
      return calendarPeriod(date.year, date.month, date.day);
    case 'relative': {
      const shift = date.offset * UNIT_DAYS[date.unit];
      if (date.anchor === 'publication') return { era: 'relative', start: shift, end: shift };
      const anchor = dataset.entityById.get(date.anchor);
      if (!anchor || seen.has(anchor.id)) return null;
      const placed = placeEntity(anchor, dataset, new Set([...seen, anchor.id])).placement;
      return placed && { ...placed, start: placed.start + shift, end: placed.end + shift };
    }
  }
}

/**
 * An entity's own date placed; an undated event that the dataset makes part of a dated
 * event falls within that event's time ("the ceremony" during "the visit last month").
 */
export function placeEntity(
  entity: Entity,
  dataset: IndexedDataset,
  seen: ReadonlySet<string> = new Set([entity.id]),
): EntityPlacement {
  const date = dateOf(entity);
  if (date) return { placement: placeDate(date, dataset, seen), date };
  if (entity.type !== 'event') return { placement: null };
  for (const relationship of dataset.outgoing.get(entity.id) ?? []) {
    if (relationship.type !== 'part-of' || seen.has(relationship.target)) continue;
    const whole = dataset.entityById.get(relationship.target);
    if (whole?.type !== 'event') continue;
    const placed = placeEntity(whole, dataset, new Set([...seen, whole.id]));
    if (placed.placement) return { placement: placed.placement, during: placed.during ?? whole };
  }
  return { placement: null };
}

type CalendarPoint = Extract<TimePoint, { era: 'calendar' }>;

export interface TimelineEvent extends EntityPlacement {
  entity: Entity;
}

/** Events that share one placement, with the bounds a window starting or ending there takes. */
export interface TimelineSlot {
  placement: Placement;
  from: TimePoint;
  to: TimePoint;
  events: TimelineEvent[];
}

export interface Timeline {
  slots: TimelineSlot[];
  /** Events the source gives no date for, in the order the source first mentions them. */
  undated: TimelineEvent[];
}

const firstMention = (entity: Entity) => entity.evidence[0]?.start ?? 0;

/** The bounds a window needs to hold a placement exactly, in the link's own words. */
export function toTimePoints(placement: Placement): { from: TimePoint; to: TimePoint } {
  if (placement.era === 'relative') {
    const at = (day: number): TimePoint => {
      for (const unit of ['year', 'month', 'week'] as const) {
        if (day !== 0 && day % UNIT_DAYS[unit] === 0) {
          return { era: 'relative', offset: day / UNIT_DAYS[unit], unit };
        }
      }
      return { era: 'relative', offset: day, unit: 'day' };
    };
    return { from: at(placement.start), to: at(placement.end) };
  }
  const day = (value: number): CalendarPoint => {
    const date = new Date(value * 86_400_000);
    const [year, month, dayOfMonth] = [
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
    ];
    return { era: 'calendar', year, month, day: dayOfMonth };
  };
  const start = day(placement.start);
  const end = day(placement.end);
  if (start.year === end.year) {
    const year = calendarPeriod(start.year);
    if (year.start === placement.start && year.end === placement.end) {
      return {
        from: { era: 'calendar', year: start.year },
        to: { era: 'calendar', year: start.year },
      };
    }
    const month = calendarPeriod(start.year, start.month);
    if (
      start.month === end.month &&
      month.start === placement.start &&
      month.end === placement.end
    ) {
      const whole: TimePoint = { era: 'calendar', year: start.year, month: start.month };
      return { from: whole, to: whole };
    }
  }
  return { from: start, to: end };
}

/**
 * The events in time order (decision 0002): calendar dates first, then dates relative to
 * the publication; events with the same placement share a slot, in source order.
 */
export function selectTimeline(dataset: IndexedDataset): Timeline {
  const events = dataset.entities
    .filter((entity) => entity.type === 'event')
    .sort((a, b) => firstMention(a) - firstMention(b))
    .map((entity): TimelineEvent => ({ entity, ...placeEntity(entity, dataset) }));
  const slots = new Map<string, TimelineSlot>();
  const undated: TimelineEvent[] = [];
  for (const event of events) {
    const { placement } = event;
    if (!placement) {
      undated.push(event);
      continue;
    }
    const key = `${placement.era}:${placement.start}:${placement.end}`;
    const slot = slots.get(key) ?? { placement, ...toTimePoints(placement), events: [] };
    slot.events.push(event);
    slots.set(key, slot);
  }
  const ordered = [...slots.values()].sort(
    ({ placement: a }, { placement: b }) =>
      compareDays(a.era, a.start, b.era, b.start) || a.end - b.end,
  );
  return { slots: ordered, undated };
}
