import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { diffElements, hasSameElements, isEmptyPatch } from './element-diff';

const node = (id: string, label = id): ElementDefinition => ({
  group: 'nodes',
  data: { id, label },
});
const edge = (id: string, source: string, target: string, label = id): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, label },
});
const drawn = (...definitions: ElementDefinition[]) =>
  new Map(definitions.map((definition) => [String(definition.data.id), definition]));

describe('diffElements', () => {
  it('finds nothing to do when nothing changed', () => {
    const elements = [node('a'), node('b'), edge('ab', 'a', 'b')];
    const patch = diffElements(
      drawn(...elements),
      elements.map((e) => ({ ...e, data: { ...e.data } })),
    );
    expect(isEmptyPatch(patch)).toBe(true);
  });

  it('lists only the data keys whose values changed', () => {
    const patch = diffElements(drawn(node('a', 'Alice'), node('b')), [
      node('a', 'Alicia'),
      node('b'),
    ]);
    expect(patch.changed).toEqual([{ id: 'a', data: { label: 'Alicia' } }]);
    expect(hasSameElements(patch)).toBe(true);
  });

  it('adds nodes before edges and removes what is gone', () => {
    const patch = diffElements(drawn(node('a'), node('old')), [
      edge('ab', 'a', 'b'),
      node('a'),
      node('b'),
    ]);
    expect(patch.added.map((definition) => definition.data.id)).toEqual(['b', 'ab']);
    expect(patch.removed).toEqual(['old']);
  });

  it('removes and adds again an edge whose ends change', () => {
    const patch = diffElements(drawn(node('a'), node('b'), node('c'), edge('e', 'a', 'b')), [
      node('a'),
      node('b'),
      node('c'),
      edge('e', 'a', 'c'),
    ]);
    expect(patch.removed).toEqual(['e']);
    expect(patch.added.map((definition) => definition.data.target)).toEqual(['c']);
    expect(patch.changed).toEqual([]);
  });

  it('reads ids such as "constructor" as plain ids', () => {
    const patch = diffElements(drawn(), [node('constructor'), node('__proto__')]);
    expect(patch.added.map((definition) => definition.data.id)).toEqual([
      'constructor',
      '__proto__',
    ]);
  });
});
