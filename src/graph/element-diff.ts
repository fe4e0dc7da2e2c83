import type { ElementDefinition } from 'cytoscape';

type ElementData = ElementDefinition['data'];

/** What turns the elements drawn now into the next ones, touching only what differs. */
export interface ElementPatch {
  removed: string[];
  added: ElementDefinition[];
  /** Per element, only the data keys whose values changed. */
  changed: { id: string; data: Partial<ElementData> }[];
}

const idOf = (definition: ElementDefinition) => String(definition.data.id);

function changedKeys(previous: ElementData, next: ElementData): Partial<ElementData> | null {
  let changes: Partial<ElementData> | null = null;
  for (const key of Object.keys(next)) {
    if (!Object.is(previous[key], next[key])) (changes ??= {})[key] = next[key];
  }
  return changes;
}

/**
 * The pure diff behind the adapter's in-place updates, in the manner of
 * react-cytoscapejs's `patch.js`. An edge whose ends change is removed and added
 * again, since Cytoscape cannot rewire an edge through its data.
 */
export function diffElements(
  previous: ReadonlyMap<string, ElementDefinition>,
  next: readonly ElementDefinition[],
): ElementPatch {
  const patch: ElementPatch = { removed: [], added: [], changed: [] };
  const nextIds = new Set<string>();
  for (const definition of next) {
    const id = idOf(definition);
    nextIds.add(id);
    const before = previous.get(id);
    const isRewired =
      before &&
      (before.data.source !== definition.data.source ||
        before.data.target !== definition.data.target);
    if (!before || isRewired) {
      if (isRewired) patch.removed.push(id);
      patch.added.push(definition);
      continue;
    }
    const data = changedKeys(before.data, definition.data);
    if (data) patch.changed.push({ id, data });
  }
  for (const id of previous.keys()) if (!nextIds.has(id)) patch.removed.push(id);
  // Nodes before edges, so every added edge finds its ends.
  patch.added.sort((a, b) => Number(a.group === 'edges') - Number(b.group === 'edges'));
  return patch;
}

export function isEmptyPatch(patch: ElementPatch): boolean {
  return patch.removed.length === 0 && patch.added.length === 0 && patch.changed.length === 0;
}

export function hasSameElements(patch: ElementPatch): boolean {
  return patch.removed.length === 0 && patch.added.length === 0;
}
