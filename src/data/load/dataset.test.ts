import { describe, expect, it } from 'vitest';
import { BUNDLED_JSON, loadBundledDataset } from '../../test/bundled-dataset';
import { readBytes } from '../../test/node-files';
import { DatasetError } from '../schema/dataset-error';
import { parseDataset } from './load-dataset';
import type { DatasetProblem } from '../schema/problems';
import type { Evidence, Relationship } from '../schema/schema';

const ARTICLE = new URL('../../../sources/delegation-visit-report.txt', import.meta.url);

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

  describe('reads the article line by line', () => {
    const text = sources[0]?.text ?? '';
    const spanOf = (from: string, to: string) => {
      const start = text.indexOf(from);
      return { start, end: text.indexOf(to, start) + to.length };
    };
    // The article's own voice: neither sentence is credited to the newspaper.
    const greeting = spanOf('The delegation was greeted by', 'ambassador to North Korea.');
    const wreathLaying = spanOf('Upon arrival,', 'honored the fallen soldiers.');
    const within = (span: { start: number; end: number }) => (item: Relationship) =>
      item.evidence.every((evidence) => evidence.start >= span.start && evidence.end <= span.end);

    it.each([
      ['greeting', greeting],
      ['wreath-laying', wreathLaying],
    ] as const)('marks every link drawn from the %s stated', (_, span) => {
      const drawn = relationships.filter(within(span));
      expect(drawn.length).toBeGreaterThan(5);
      expect(drawn.filter((item) => item.certainty !== 'stated').map((item) => item.id)).toEqual(
        [],
      );
    });

    it('notes that the greeting and the wreath-laying probably come from the newspaper', () => {
      const acts = relationships.filter(
        (item) =>
          (within(greeting)(item) || within(wreathLaying)(item)) &&
          ['greeted', 'laid-wreath-at', 'on-behalf-of', 'honours'].includes(item.type),
      );
      const unnoted = acts.filter(
        (item) =>
          !item.notes.some((note) => note.origin === 'source' && /probably/.test(note.text)),
      );
      expect(acts.length).toBeGreaterThan(5);
      expect(unnoted.map((item) => item.id)).toEqual([]);
    });

    it('marks the wreath-laying event stated, noting where it probably comes from', () => {
      const event = dataset.entityById.get('wreath-laying-at-liberation-tower');
      expect(event).toMatchObject({ certainty: 'stated' });
      expect(event?.notes.some((note) => /probably/.test(note.text))).toBe(true);
    });

    it('credits Rodong Sinmun with reporting the arrival, not the greeting', () => {
      const arrival = dataset.entityById.get('arrival-in-pyongyang')!;
      expect(arrival).toMatchObject({ certainty: 'reported' });
      expect(arrival.name).not.toMatch(/welcome|greet/i);
      const clauses = arrival.summary.split(/[;.]/);
      expect(clauses.filter((clause) => /greet/.test(clause) && /Rodong/.test(clause))).toEqual([]);
      const reported = relationships.filter(
        (item) => item.source === 'rodong-sinmun' && item.type === 'reported',
      );
      expect(reported.map((item) => item.target).sort()).toEqual([
        'arrival-in-pyongyang',
        'rodong-sinmun-report',
      ]);
    });

    it('never puts paraphrase in quotation marks in a name, summary or label', () => {
      const marks = /[“”"]/;
      const quoted = [
        ...entities.flatMap((entity) => [entity.name, entity.summary]),
        ...relationships.flatMap((item) => [item.label ?? '', item.role ?? '']),
      ].filter((words) => marks.test(words));
      expect(quoted).toEqual([]);
    });

    it('names statements by their topic, not as quotations of the speaker', () => {
      const statements = entities.filter((entity) => entity.type === 'statement');
      for (const statement of statements) {
        expect(statement.name).not.toContain(statement.quote.quote);
        expect(statement.name).not.toMatch(/:\s/);
      }
    });

    it('places Patriot Park near Moscow, not in it', () => {
      const links = relationships.filter(
        (item) => item.source === 'patriot-park' && item.target === 'moscow',
      );
      expect(links.map((item) => item.type)).toEqual(['near']);
      expect(links[0]?.evidence.map((evidence) => evidence.quote)).toEqual([
        'Patriot Park near Moscow',
      ]);
    });

    it('links the North Korean visit to the Russian visit as a related development', () => {
      const link = relationships.find((item) => item.type === 'related-to');
      expect(link).toMatchObject({
        source: 'north-korean-delegation-visit-to-russia',
        target: 'russian-delegation-visit-to-north-korea',
        certainty: 'stated',
      });
      expect(link?.evidence.some((item) => item.quote.startsWith('In a related development'))).toBe(
        true,
      );
    });
  });
});
