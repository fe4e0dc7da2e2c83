import { describe, expect, it } from 'vitest';
import { BUNDLED_JSON, loadBundledDataset } from '../test/bundled-dataset';
import { readBytes } from '../test/node-files';
import { DatasetError, parseDataset } from './load-dataset';
import type { DatasetProblem } from './problems';
import type { Evidence } from './schema';

const ARTICLE = new URL('../../sources/delegation-visit-report.txt', import.meta.url);

/** Every evidence object anywhere in a JSON value, with its path: new places are covered too. */
function findEvidence(value: unknown, path = ''): { path: string; evidence: Evidence }[] {
  if (Array.isArray(value))
    return value.flatMap((item, at) => findEvidence(item, `${path}[${at}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (['source', 'start', 'end', 'quote'].every((key) => key in record)) {
    return [{ path, evidence: record as unknown as Evidence }];
  }
  return Object.entries(record).flatMap(([key, item]) =>
    findEvidence(item, path ? `${path}.${key}` : key),
  );
}

describe('the bundled dataset', () => {
  const dataset = loadBundledDataset();
  const { entities, relationships, sources } = dataset;

  it('parses with no problems', () => {
    let problems: readonly DatasetProblem[] = [];
    try {
      parseDataset(BUNDLED_JSON, 'public/data/liaison.json');
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([]);
  });

  it('quotes its source exactly in every evidence object', () => {
    const found = findEvidence(BUNDLED_JSON);
    const mismatches = found
      .filter(({ evidence }) => {
        const text = dataset.sourceById.get(evidence.source)?.text;
        return text?.slice(evidence.start, evidence.end) !== evidence.quote;
      })
      .map(({ path }) => path);
    expect(mismatches).toEqual([]);
    // The walk reaches every place evidence lives, not just entity evidence.
    for (const place of [
      /^entities\[\d+\]\.evidence/,
      /^entities\[\d+\]\.positions\[\d+\]\.evidence/,
      /^entities\[\d+\]\.purposes\[\d+\]\.evidence/,
      /^entities\[\d+\]\.date\.evidence/,
      /^entities\[\d+\]\.quote$/,
      /^relationships\[\d+\]\.evidence/,
      /^relationships\[\d+\]\.date\.evidence/,
    ]) {
      expect(
        found.some(({ path }) => place.test(path)),
        String(place),
      ).toBe(true);
    }
  });

  it('carries the article text byte for byte', () => {
    const article = readBytes(ARTICLE);
    const text = sources[0]?.text ?? '';
    const bytes = new TextEncoder().encode(text);
    expect(sources).toHaveLength(1);
    expect(text).toBe(new TextDecoder().decode(article)); // a readable diff when it fails
    expect(bytes.length).toBe(article.length);
    expect(bytes.every((byte, at) => byte === article[at])).toBe(true);
  });

  it('gives every entity and relationship evidence', () => {
    expect(entities.filter((entity) => entity.evidence.length === 0)).toEqual([]);
    expect(relationships.filter((relationship) => relationship.evidence.length === 0)).toEqual([]);
  });

  it('gives every event and relationship a certainty', () => {
    const events = entities.filter((entity) => entity.type === 'event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((event) => !event.certainty).map((event) => event.id)).toEqual([]);
    expect(relationships.filter((item) => !item.certainty).map((item) => item.id)).toEqual([]);
  });

  it.each([
    'comprehensive-strategic-partnership-treaty',
    'treaty-signing',
    'deployment-of-north-korean-personnel-to-russia',
  ])('marks the outside knowledge on %s as an external note', (id) => {
    const external = dataset.entityById.get(id)?.notes.filter((note) => note.origin === 'external');
    expect(external?.length).toBeGreaterThan(0);
    for (const note of external ?? []) expect(note.reference).toBeTruthy();
  });

  it('keeps the article’s dates for the signing and the deployment', () => {
    expect(dataset.entityById.get('treaty-signing')).toMatchObject({
      date: { precision: 'month', year: 2023, month: 6 },
    });
    expect(dataset.entityById.get('deployment-of-north-korean-personnel-to-russia')).toMatchObject({
      date: { precision: 'month', year: 2023, month: 10 },
    });
  });

  it('says where every external note comes from', () => {
    const notes = [...entities, ...relationships, ...sources].flatMap((item) => item.notes);
    const external = notes.filter((note) => note.origin === 'external');
    expect(external.filter((note) => !note.reference)).toEqual([]);
  });

  it('leaves no entity unconnected', () => {
    const connected = new Set(relationships.flatMap((item) => [item.source, item.target]));
    expect(entities.filter((entity) => !connected.has(entity.id)).map((e) => e.id)).toEqual([]);
  });
});
