import { describe, expect, it } from 'vitest';
import { selectClaims } from '../../data/model/claims';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { DEFAULT_VIEW, type ClaimTableState } from '../../url/view-state';
import {
  filterClaimRows,
  selectClaimTable,
  sortClaimRows,
  toClaimRows,
  toSortKey,
} from './claim-rows';

const dataset = loadBundledDataset();
const rows = toClaimRows(dataset, selectClaims(dataset));
const table = (patch: Partial<ClaimTableState>) =>
  selectClaimTable(rows, { ...DEFAULT_VIEW.claims, ...patch });
const ids = (list: readonly { id: string }[]) => list.map((row) => row.id);

describe('selectClaims', () => {
  it('holds every relationship and every dated event, and nothing else', () => {
    const datedEvents = dataset.entities.filter((entity) => entity.type === 'event' && entity.date);
    expect(rows).toHaveLength(dataset.relationships.length + datedEvents.length);
    expect(ids(rows)).toContain('treaty-signing');
    expect(ids(rows)).not.toContain('wreath-laying-at-liberation-tower');
  });

  it('reads each relationship as a sentence, in reading order', () => {
    const greeting = rows.find((row) => row.type === 'greeted');
    expect(greeting?.sentence).toMatch(/^Park Yong-il greeted /);
    const starts = rows.map((row) => row.evidence[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('keeps only what the graph view shows', () => {
    const shown = selectClaims(dataset, (id) => id !== 'russia-signed-treaty');
    expect(ids(shown)).not.toContain('russia-signed-treaty');
    expect(shown).toHaveLength(rows.length - 1);
  });

  it('leaves out hidden certainties, events included', () => {
    const speculation = selectClaims(dataset, undefined, ['stated', 'reported', 'unknown']);
    expect(speculation.length).toBeGreaterThan(0);
    expect(speculation.every((claim) => claim.certainty === 'speculated')).toBe(true);
    const withoutStated = selectClaims(dataset, undefined, ['stated']);
    expect(ids(withoutStated)).not.toContain('treaty-signing');
    expect(ids(withoutStated)).toContain('arrival-in-pyongyang');
  });
});

describe('filterClaimRows', () => {
  it('finds every word searched for, whatever the case and accents', () => {
    const found = filterClaimRows(rows, { type: null, text: 'PÁRK  greeted' });
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) {
      expect(row.searchText).toContain('park');
      expect(row.searchText).toContain('greeted');
    }
  });

  it('folds like search: typing "koreas" finds "Korea’s", apostrophe and all', () => {
    const withApostrophe = rows.filter((row) => /Korea['’]s/.test(row.searchText));
    expect(withApostrophe).toEqual([]);
    const quoting = rows.filter((row) =>
      row.evidence.some((item) => /Korea['’]s/.test(item.quote)),
    );
    expect(quoting.length).toBeGreaterThan(0);
    const found = ids(filterClaimRows(rows, { type: null, text: 'koreas' }));
    for (const row of quoting) expect(found).toContain(row.id);
  });

  it('searches the quotes and the dates too', () => {
    expect(ids(filterClaimRows(rows, { type: null, text: 'june 2023' }))).toEqual(
      expect.arrayContaining(['russia-signed-treaty', 'treaty-signing']),
    );
    const quoted = rows.find((row) => row.id === 'russia-signed-treaty')!.evidence[0]!.quote;
    const phrase = quoted.split(' ').slice(0, 4).join(' ');
    expect(ids(filterClaimRows(rows, { type: null, text: phrase }))).toContain(
      'russia-signed-treaty',
    );
  });

  it('keeps one type: a relationship type, or the dated events', () => {
    expect(new Set(filterClaimRows(rows, { type: 'met', text: '' }).map((r) => r.type))).toEqual(
      new Set(['met']),
    );
    const events = filterClaimRows(rows, { type: 'event', text: '' });
    expect(events.every((row) => row.kind === 'event')).toBe(true);
    expect(events.length).toBeGreaterThan(0);
  });

  it('gives back the same rows when nothing filters', () => {
    expect(filterClaimRows(rows, { type: null, text: '  ' })).toBe(rows);
  });

  it('finds nothing where nothing matches', () => {
    expect(filterClaimRows(rows, { type: null, text: 'zebra' })).toEqual([]);
  });
});

describe('sortClaimRows', () => {
  it('puts dates in the order decision 0002 gives, undated claims last both ways', () => {
    const byDate = table({ sort: { by: 'date', descending: false } });
    const dated = byDate.filter((row) => row.date);
    expect(dated[0]!.date?.text).toBe('June 2023');
    expect(byDate.slice(dated.length).every((row) => !row.date)).toBe(true);
    const keys = dated.map((row) => row.dateKey[0] * 1e9 + row.dateKey[1]);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const descending = table({ sort: { by: 'date', descending: true } });
    const descendingKeys = descending
      .filter((row) => row.date)
      .map((row) => row.dateKey[0] * 1e9 + row.dateKey[1]);
    expect(descendingKeys).toEqual([...keys].sort((a, b) => b - a));
    expect(descending.slice(dated.length).every((row) => !row.date)).toBe(true);
  });

  it('orders certainty from stated to unknown, ties in reading order', () => {
    const sorted = table({ sort: { by: 'certainty', descending: false } });
    expect(sorted[0]!.certainty).toBe('stated');
    expect(sorted.at(-1)!.certainty).toBe('speculated');
    const stated = sorted.filter((row) => row.certainty === 'stated');
    expect(stated.map((row) => row.order)).toEqual(
      [...stated.map((row) => row.order)].sort((a, b) => a - b),
    );
  });

  it('sorts sentences alphabetically and back', () => {
    const up = ids(table({ sort: { by: 'claim', descending: false } }));
    const sentences = table({ sort: { by: 'claim', descending: false } }).map((r) => r.sentence);
    expect(sentences[0]!.localeCompare(sentences.at(-1)!)).toBeLessThan(0);
    expect(ids(table({ sort: { by: 'claim', descending: true } }))[0]).toBe(up.at(-1));
  });

  it('reads reading order backwards when asked', () => {
    const orders = sortClaimRows(rows, { by: 'source', descending: true }).map((r) => r.order);
    expect(orders).toEqual([...orders].sort((a, b) => b - a));
  });

  it('leaves the rows it was given untouched', () => {
    const before = ids(rows);
    sortClaimRows(rows, { by: 'claim', descending: true });
    expect(ids(rows)).toEqual(before);
  });
});

describe('toSortKey', () => {
  it('orders numbers by value and letters without regard to case or accents', () => {
    const names = ['person 10', 'Person 9', 'Émile', 'emil', 'Zoe', 'anna'];
    expect([...names].sort((a, b) => (toSortKey(a) < toSortKey(b) ? -1 : 1))).toEqual([
      'anna',
      'emil',
      'Émile',
      'Person 9',
      'person 10',
      'Zoe',
    ]);
  });
});
