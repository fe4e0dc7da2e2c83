/** How many items fall under each key. */
export function countBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** Adds or removes a value, keeping the canonical order of `all` so URLs stay stable. */
export function toggleIn<T>(values: readonly T[], value: T, all: readonly T[]): T[] {
  const next = new Set(values);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return all.filter((item) => next.has(item));
}
