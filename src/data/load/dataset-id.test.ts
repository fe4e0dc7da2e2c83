import { describe, expect, it } from 'vitest';
import {
  datasetIdFromSearch,
  isDatasetId,
  isDraftId,
  isStoredDatasetId,
  nameInDatasetId,
  toDatasetId,
  toDraftId,
} from './dataset-id';
import { sha256Hex } from '../../lib/sha256';
import { slugOf } from '../../lib/slug';

const DIGEST = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('dataset ids', () => {
  it('join a slug of the title and the start of the digest', () => {
    expect(toDatasetId('A Visit to Pyongyang (2024)', DIGEST)).toBe(
      'a-visit-to-pyongyang-2024-e3b0c44298fc',
    );
  });

  it('keep readable letters of any script they can, and stay ids without any', () => {
    expect(slugOf('Zoë’s Café — Ørsted', 40)).toBe('zoe-s-cafe-rsted');
    expect(toDatasetId('北朝鮮', DIGEST)).toBe('e3b0c44298fc');
    expect(slugOf('x'.repeat(80), 40)).toHaveLength(40);
  });

  it('are recognised, and name the dataset as far as they can', () => {
    const id = toDatasetId('Delegation visit', DIGEST);
    expect(isDatasetId(id)).toBe(true);
    expect(isDatasetId('e3b0c44298fc')).toBe(true);
    expect(nameInDatasetId(id)).toBe('delegation visit');
    expect(nameInDatasetId('e3b0c44298fc')).toBeNull();
    for (const bad of ['', 'bundled', 'Delegation-e3b0c44298fc', 'x-e3b0c4', '-e3b0c44298fc'])
      expect(isDatasetId(bad), bad).toBe(false);
  });

  it('come from the content: the same bytes, the same digest', async () => {
    const bytes = new TextEncoder().encode('');
    expect(await sha256Hex(bytes)).toBe(DIGEST);
    expect(await sha256Hex(new TextEncoder().encode('{}'))).not.toBe(DIGEST);
  });

  it('are read from a URL query only when they look like ids', () => {
    expect(datasetIdFromSearch('?dataset=notes-e3b0c44298fc&focus=a')).toBe('notes-e3b0c44298fc');
    expect(datasetIdFromSearch('?focus=a')).toBeNull();
    expect(datasetIdFromSearch('?dataset=../../etc')).toBeNull();
  });

  it('of drafts are made once, never match a stored id, and still name the dataset', () => {
    const random = new Uint8Array(16).map((_, index) => index * 7);
    const id = toDraftId('Delegation visit', random);
    expect(id).toBe('delegation-visit-draft-07elsz6dkry5cjqx');
    expect(isDraftId(id)).toBe(true);
    expect(isStoredDatasetId(id)).toBe(false);
    expect(isDatasetId(id)).toBe(true);
    expect(nameInDatasetId(id)).toBe('delegation visit');
    expect(toDraftId('北朝鮮', random)).toBe('draft-07elsz6dkry5cjqx');
    expect(toDraftId('Delegation visit')).not.toBe(toDraftId('Delegation visit'));
    const stored = toDatasetId('Delegation visit', DIGEST);
    expect(isDraftId(stored)).toBe(false);
    for (const bad of ['draft-', 'x-draft-07elsz6dkry5cjq', 'x-draft-07elsz6dkry5cjqxy'])
      expect(isDraftId(bad), bad).toBe(false);
    expect(datasetIdFromSearch(`?dataset=${id}`)).toBe(id);
  });
});
