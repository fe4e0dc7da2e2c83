import type { IndexedDataset } from '../data/model/indexed-dataset';
import type { Entity, Relationship } from '../data/schema/schema';
import { isKnownInside, type TimeWindow } from '../data/time/time-points';
import { placeDate, placeEntity } from '../data/time/timeline';

/** Events and dated things are bound to a time; people, places and undated links are not. */
const isTimeBound = (entity: Entity) => entity.type === 'event' || 'date' in entity;

/**
 * What a time window leaves out. It keeps what is known to fall inside it: the events and
 * dated entities and links placed wholly inside, what took part in them or where (the other
 * ends of their links), and the links among those. An undated event, or one that only partly
 * overlaps the window, is not known to fall inside. See docs/decisions/0005-time-window.md.
 */
export function selectOutsideWindow(
  dataset: IndexedDataset,
  window: TimeWindow | null,
): Set<string> {
  const outside = new Set<string>();
  if (!window) return outside;
  const inside = new Set<string>();
  for (const entity of dataset.entities) {
    if (!isTimeBound(entity)) continue;
    if (isKnownInside(placeEntity(entity, dataset).placement, window)) inside.add(entity.id);
    else outside.add(entity.id);
  }
  const involved = new Set(inside);
  const timeless: Relationship[] = [];
  for (const relationship of dataset.relationships) {
    const ends = [relationship.source, relationship.target];
    const isDateInside =
      !relationship.date || isKnownInside(placeDate(relationship.date, dataset), window);
    const touchesInside = !!relationship.date || ends.some((id) => inside.has(id));
    if (!isDateInside || ends.some((id) => outside.has(id))) outside.add(relationship.id);
    else if (touchesInside) ends.forEach((id) => involved.add(id));
    else timeless.push(relationship);
  }
  for (const relationship of timeless) {
    if (!involved.has(relationship.source) || !involved.has(relationship.target)) {
      outside.add(relationship.id);
    }
  }
  for (const entity of dataset.entities) if (!involved.has(entity.id)) outside.add(entity.id);
  return outside;
}
