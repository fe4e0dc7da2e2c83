import { groupBy } from '../../lib/group-by';

/** How many items fall under each key. */
export function countBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  return new Map([...groupBy(items, keyOf)].map(([key, group]) => [key, group.length]));
}

/** Adds or removes a value, keeping the canonical order of `all` so URLs stay stable. */
export function toggleIn<T>(values: readonly T[], value: T, all: readonly T[]): T[] {
  const next = new Set(values);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return all.filter((item) => next.has(item));
}
