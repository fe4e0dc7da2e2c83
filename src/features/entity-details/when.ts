import type { DateValue, Entity } from '../../data/schema/schema';

export const DATE_NOT_STATED = 'Date not stated';

/**
 * What the "When" row shows: the date, or that the source gives none. Every
 * event has the row, since "when?" is the first thing asked of an event;
 * delegations and documents only when the source dates them.
 */
export function selectWhen(entity: Entity): DateValue | typeof DATE_NOT_STATED | undefined {
  const date = 'date' in entity ? entity.date : undefined;
  if (date) return date;
  return entity.type === 'event' ? DATE_NOT_STATED : undefined;
}
