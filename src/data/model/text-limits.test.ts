import { describe, expect, it } from 'vitest';
import { validateDatasetOrThrow } from '../load/load-dataset';
import { createTinyDataset } from '../../test/tiny-dataset';
import { shortenLongText, shortenText, TEXT_LIMITS } from './text-limits';

describe('shortenText', () => {
  it('keeps text within the limit as it is', () => {
    expect(shortenText('Ada', 3)).toBe('Ada');
  });
  it('cuts longer text to the limit, ellipsis included', () => {
    expect(shortenText('abcdef', 4)).toBe('abc…');
  });
  it('never splits a surrogate pair', () => {
    const cut = shortenText('ab😀cdef', 4);
    expect(cut).toBe('ab…');
    expect(encodeURIComponent(cut)).toBe('ab%E2%80%A6');
  });
});

/** A plain validated dataset (not indexed), as the step receives it. */
const tiny = () => {
  const { entities, relationships, sources, title, schemaVersion } = createTinyDataset(
    ['alice', 'bob'],
    [],
  );
  return validateDatasetOrThrow({ schemaVersion, title, sources, entities, relationships }, 'tiny');
};

describe('shortenLongText', () => {
  it('returns a dataset within the limits as it came', () => {
    const dataset = tiny();
    expect(shortenLongText(dataset)).toBe(dataset);
  });

  it('shortens a 100,000-character name and notes it on the entity and the dataset', () => {
    const dataset = tiny();
    const long = 'x'.repeat(100_000);
    const first = dataset.entities[0]!;
    const input = {
      ...dataset,
      entities: [{ ...first, name: long, aliases: [long, 'short'] }, ...dataset.entities.slice(1)],
    };
    const shown = shortenLongText(input);
    const entity = shown.entities[0]!;
    expect(entity.name).toHaveLength(TEXT_LIMITS.name);
    expect(entity.name.endsWith('…')).toBe(true);
    expect(entity.aliases.map((alias) => alias.length)).toEqual([TEXT_LIMITS.name, 5]);
    expect(entity.notes.map((note) => note.text)).toEqual([
      'The name shown shortened: it has 100,000 characters, and Liaison draws at most 200.',
      'A spelling shown shortened: it has 100,000 characters, and Liaison draws at most 200.',
    ]);
    expect(shown.entities[1]).toBe(input.entities[1]);
    expect(shown.notes?.at(-1)?.text).toMatch(/^2 texts are shown shortened/);
  });

  it('shortens a summary past 2,000 characters', () => {
    const dataset = tiny();
    const first = dataset.entities[0]!;
    const input = { ...dataset, entities: [{ ...first, summary: 'y '.repeat(5_000) }] };
    expect(shortenLongText(input).entities[0]!.summary).toHaveLength(TEXT_LIMITS.summary);
  });
});
