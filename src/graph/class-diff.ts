import { CLASSES } from './stylesheet';

/** Which element wears which class, and what stands out; computed by the view model. */
export interface GraphClasses {
  hidden: ReadonlySet<string>;
  faded: ReadonlySet<string>;
  emphasised: ReadonlySet<string>;
  path: ReadonlySet<string>;
  selected: string | null;
  /** The keyboard cursor, when it rests somewhere other than the selection. */
  cursor: string | null;
  /** Entities a focus reaches: their labels come before others (no class of their own). */
  prominent: ReadonlySet<string>;
}

const SET_CLASSES = ['hidden', 'faded', 'emphasised', 'path'] as const;

/** Every class one element wears, in a fixed order. */
export function classNamesFor(id: string, classes: GraphClasses): string[] {
  const names: string[] = [];
  for (const key of SET_CLASSES) if (classes[key].has(id)) names.push(CLASSES[key]);
  // Around a selection, the rest steps back so its neighbourhood stands out.
  if (classes.emphasised.size > 0 && !classes.emphasised.has(id)) names.push(CLASSES.dimmed);
  if (classes.selected === id) names.push(CLASSES.selected);
  if (classes.cursor === id) names.push(CLASSES.cursor);
  return names;
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, into: Set<string>) {
  for (const id of a) if (!b.has(id)) into.add(id);
  for (const id of b) if (!a.has(id)) into.add(id);
}

/**
 * The elements whose classes change between two views, with their new classes. Only
 * these are restyled: on large graphs restyling is the cost. `allIds` is walked only
 * when every element may change (the first call, or dimming switching on or off).
 */
export function diffClasses(
  previous: GraphClasses | null,
  next: GraphClasses,
  allIds: () => Iterable<string>,
): Map<string, string[]> {
  const isDimmingChanged = !previous || previous.emphasised.size > 0 !== next.emphasised.size > 0;
  let candidates: Iterable<string>;
  if (isDimmingChanged) {
    candidates = allIds();
  } else {
    const ids = new Set<string>();
    for (const key of SET_CLASSES) symmetricDifference(previous[key], next[key], ids);
    for (const id of [previous.selected, next.selected, previous.cursor, next.cursor]) {
      if (id) ids.add(id);
    }
    candidates = ids;
  }
  const changes = new Map<string, string[]>();
  for (const id of candidates) {
    const names = classNamesFor(id, next);
    const before = previous ? classNamesFor(id, previous) : [];
    if (!previous || names.join(' ') !== before.join(' ')) changes.set(id, names);
  }
  return changes;
}
