import type { GraphClasses } from '../view/graph-classes';
import { CLASSES } from './stylesheet';

export type { GraphClasses };

/** How the adapter draws the view model's classes; the same for every element. */
export interface ClassOptions {
  /**
   * Around a selection, the rest steps back so its neighbourhood stands out. Off on large
   * graphs: dimming restyles every element, which there costs seconds, while emphasis alone
   * restyles only the neighbourhood.
   */
  isRestDimmed: boolean;
}

const SET_CLASSES = ['hidden', 'faded', 'emphasised', 'path'] as const;

/** Every class one element wears, in a fixed order. */
export function classNamesFor(id: string, classes: GraphClasses, options: ClassOptions): string[] {
  const names: string[] = [];
  for (const key of SET_CLASSES) if (classes[key].has(id)) names.push(CLASSES[key]);
  if (options.isRestDimmed && classes.emphasised.size > 0 && !classes.emphasised.has(id)) {
    names.push(CLASSES.dimmed);
  }
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
 * `previous` was drawn with the same options (after a change of options, pass null).
 */
export function diffClasses(
  previous: GraphClasses | null,
  next: GraphClasses,
  allIds: () => Iterable<string>,
  options: ClassOptions,
): Map<string, string[]> {
  const isDimmingChanged =
    !previous ||
    (options.isRestDimmed && previous.emphasised.size > 0 !== next.emphasised.size > 0);
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
    const names = classNamesFor(id, next, options);
    const before = previous ? classNamesFor(id, previous, options) : [];
    if (!previous || names.join(' ') !== before.join(' ')) changes.set(id, names);
  }
  return changes;
}
