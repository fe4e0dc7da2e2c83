import { describe, expect, it } from 'vitest';
import { toDatasetId, toDraftId } from './dataset-id';
import {
  BUNDLED_REF,
  datasetRefFromSearch,
  datasetRefId,
  datasetRefKey,
  isSameDatasetRef,
  toDatasetRef,
} from './dataset-ref';

const STORED = toDatasetId('Delegation visit', 'e3b0c44298fc1c149afbf4c8996fb924');
const DRAFT = toDraftId('Delegation visit');

describe('dataset refs', () => {
  it('tell the kind of dataset from the id a link carries', () => {
    expect(toDatasetRef(STORED)).toEqual({ kind: 'stored', id: STORED });
    expect(toDatasetRef(DRAFT)).toEqual({ kind: 'draft', id: DRAFT });
    for (const none of [null, undefined, '', 'bundled', '../../etc'])
      expect(toDatasetRef(none)).toEqual(BUNDLED_REF);
  });

  it('read every existing ?dataset= link as the stored dataset it named', () => {
    expect(datasetRefFromSearch('?dataset=notes-e3b0c44298fc&focus=a')).toEqual({
      kind: 'stored',
      id: 'notes-e3b0c44298fc',
    });
    expect(datasetRefFromSearch('?focus=a')).toEqual(BUNDLED_REF);
    expect(datasetRefFromSearch(`?dataset=${DRAFT}`)).toEqual({ kind: 'draft', id: DRAFT });
  });

  it('name a dataset by one key, and by the id links carry', () => {
    expect(datasetRefKey(BUNDLED_REF)).toBe('bundled');
    expect(datasetRefId(BUNDLED_REF)).toBeNull();
    expect(datasetRefKey(toDatasetRef(STORED))).toBe(STORED);
    expect(datasetRefId(toDatasetRef(DRAFT))).toBe(DRAFT);
    expect(isSameDatasetRef(toDatasetRef(STORED), { kind: 'stored', id: STORED })).toBe(true);
    expect(isSameDatasetRef(toDatasetRef(STORED), BUNDLED_REF)).toBe(false);
  });
});
