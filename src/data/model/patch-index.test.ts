import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { applyDatasetPatch, type DatasetPatch } from './dataset-patch';
import { datasetContent, patchLoadedDataset } from '../load/patch-loaded-dataset';
import { indexDataset } from './indexed-dataset';
import { patchIndexedDataset } from './patch-index';
import type { Dataset, Entity, Relationship } from '../schema/schema';
import { createSearchIndex, type SearchIndex } from '../search/search';

const bundled = datasetContent(loadBundledDataset());
const entities = bundled.entities;
const relationships = bundled.relationships;
const WORDS = ['Kim', 'Shoigu', 'treaty', 'Pyongyang', 'delegation', 'Zyx', 'minister'];

/** Patches of every kind: renames, new evidence, new records, moved ends, removals. */
const anyPatch = (dataset: Dataset): fc.Arbitrary<DatasetPatch> => {
  const entityIds = dataset.entities.map((entity) => entity.id);
  const relationshipIds = dataset.relationships.map((relationship) => relationship.id);
  const anyEntity: fc.Arbitrary<Entity> = fc.oneof(
    fc
      .tuple(fc.constantFrom(...dataset.entities), fc.constantFrom(...WORDS))
      .map(([entity, word]) => ({ ...entity, name: `${entity.name} ${word}` })),
    fc
      .tuple(fc.constantFrom(...entities), fc.nat(9), fc.constantFrom(...WORDS))
      .map(([entity, n, word]) => ({ ...entity, id: `new-${n}`, name: word, aliases: [word] })),
    fc
      .constantFrom(...dataset.entities)
      .map((entity) => ({ ...entity, evidence: entity.evidence.slice(1) })),
  );
  const anyRelationship: fc.Arbitrary<Relationship> = fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...relationships),
        fc.constantFrom(...entityIds, 'new-1'),
        fc.constantFrom(...entityIds),
      )
      .map(([relationship, source, target]) => ({ ...relationship, source, target })),
    fc
      .tuple(fc.constantFrom(...relationships), fc.nat(9), fc.constantFrom(...entityIds))
      .map(([relationship, n, source]) => ({ ...relationship, id: `new-rel-${n}`, source })),
  );
  return fc.record({
    put: fc.record({
      entities: fc.array(anyEntity, { maxLength: 4 }),
      relationships: fc.array(anyRelationship, { maxLength: 4 }),
    }),
    remove: fc.record({
      entities: fc.subarray(entityIds, { maxLength: 3 }),
      relationships: fc.subarray(relationshipIds, { maxLength: 3 }),
    }),
  });
};

/** Every search's hits, order aside among equal scores, and scores to floating-point noise. */
const searchResults = (index: SearchIndex, dataset: Dataset) => {
  const queries = [...WORDS, ...dataset.entities.slice(0, 5).map((entity) => entity.name)];
  return queries.map((query) =>
    index
      .search(query, { limit: 10_000 })
      .map((hit) => ({ ...hit, score: Number(hit.score.toPrecision(9)) }))
      .sort(
        (a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id),
      ),
  );
};

describe('the incremental index', () => {
  it('equals a full rebuild after any patches, look-ups and citations alike', () => {
    fc.assert(
      fc.property(
        anyPatch(bundled).chain((first) =>
          anyPatch(applyDatasetPatch(bundled, first)).map((second) => [first, second]),
        ),
        (patches) => {
          let incremental = indexDataset(bundled);
          let plain: Dataset = bundled;
          for (const patch of patches) {
            incremental = patchIndexedDataset(incremental, patch);
            plain = applyDatasetPatch(plain, patch);
            expect(incremental).toEqual(indexDataset(plain));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('leaves the index it started from as it was', () => {
    const before = indexDataset(bundled);
    const copy = indexDataset(bundled);
    patchIndexedDataset(before, {
      put: { entities: [{ ...entities[0]!, name: 'Renamed' }] },
      remove: { relationships: [relationships[0]!.id] },
    });
    expect(before).toEqual(copy);
  });

  it('keeps a replaced record in its place and puts a new one last', () => {
    const renamed = { ...entities[1]!, name: 'Renamed' };
    const added = { ...entities[0]!, id: 'added' };
    const next = applyDatasetPatch(bundled, {
      put: { entities: [added, renamed] },
      remove: { entities: [entities[0]!.id] },
    });
    expect(next.entities[0]).toBe(renamed);
    expect(next.entities.at(-1)).toBe(added);
    expect(next.entities).toHaveLength(entities.length);
  });

  it('gives the search of a full rebuild, adding and discarding per record', () => {
    fc.assert(
      fc.property(anyPatch(bundled), anyPatch(bundled), (first, second) => {
        const start = indexDataset(bundled);
        let loaded = { ...start, location: 'test', search: createSearchIndex(start) };
        let plain: Dataset = bundled;
        for (const patch of [first, second]) {
          loaded = patchLoadedDataset(loaded, patch);
          plain = applyDatasetPatch(plain, patch);
        }
        const rebuilt = indexDataset(plain);
        expect(searchResults(loaded.search, plain)).toEqual(
          searchResults(createSearchIndex(rebuilt), plain),
        );
        expect({ ...loaded, search: null }).toEqual({ ...rebuilt, location: 'test', search: null });
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('finds a renamed entity by its new name, and its relationships by it too', () => {
    const loaded = loadBundledDataset();
    const [relationship] = relationships;
    const source = loaded.entityById.get(relationship!.source)!;
    const next = patchLoadedDataset(loaded, {
      put: { entities: [{ ...source, name: 'Quetzalcoatl' }] },
    });
    const hits = next.search.search('Quetzalcoatl', { limit: 100 });
    expect(hits[0]).toMatchObject({ kind: 'entity', id: source.id });
    expect(hits.some((hit) => hit.kind === 'relationship' && hit.id === relationship!.id)).toBe(
      true,
    );
    const gone = patchLoadedDataset(next, { remove: { entities: [source.id] } });
    expect(gone.search.search('Quetzalcoatl', { kind: 'entity' })).toEqual([]);
  });
});
