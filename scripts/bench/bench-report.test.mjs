import { describe, expect, it } from 'vitest';
import { toBenchDataset } from './bench-datasets.mjs';
import {
  formatTable,
  median,
  METRICS,
  missingMetrics,
  parseOptions,
  ratios,
  runsFor,
  summariseMetric,
  summariseSide,
} from './bench-report.mjs';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset.mjs';

const load = (values) =>
  Object.fromEntries(METRICS.map(({ key }) => [key, key in values ? values[key] : 10]));

describe('parseOptions', () => {
  it('reads sizes, runs and a timeout, and takes the bundled count for the bundled dataset', () => {
    expect(parseOptions(['--sizes=45,1000', '--runs=3', '--timeout=90'], 45)).toEqual({
      sizes: ['bundled', 1000],
      runs: 3,
      timeoutS: 90,
      isSmoke: false,
    });
  });

  it('runs every size five times by default, and the smoke run once at the bundled size', () => {
    expect(parseOptions([], 45)).toMatchObject({
      sizes: ['bundled', 1000, 5000, 50000],
      runs: 5,
    });
    expect(parseOptions(['--smoke', '--sizes=5000'], 45)).toMatchObject({
      sizes: ['bundled'],
      runs: 1,
      isSmoke: true,
    });
  });

  it('refuses a size that is not one', () => {
    expect(() => parseOptions(['--sizes=bundled,lots'], 45)).toThrow('not a size: NaN');
  });
});

describe('medians and summaries', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('caps repeats at large sizes', () => {
    expect([45, 1000, 5000, 50000].map((size) => runsFor(size, 5))).toEqual([5, 5, 3, 1]);
  });

  it('reports a median only when at least half the loads produced the metric', () => {
    const loads = [{ readyMs: 300 }, { didNotFinish: 60 }, { readyMs: 500 }];
    expect(summariseMetric(loads, 'readyMs')).toEqual({ median: 400, values: [300, 500] });
    expect(summariseMetric([{ didNotFinish: 60 }, { didNotFinish: 60 }], 'readyMs')).toEqual({
      didNotFinishS: 60,
    });
    expect(summariseMetric([{ readyMs: 1 }, {}, {}], 'readyMs')).toEqual({ missing: true });
  });

  it('divides Liaison by bare, and names what a side did not produce', () => {
    const liaison = summariseSide([load({ readyMs: 900 })]);
    const bare = summariseSide([load({ readyMs: 300, filterMs: null })]);
    expect(ratios(liaison, bare)).toMatchObject({ readyMs: 3, heapMB: 1, filterMs: null });
    expect(missingMetrics({ liaison, bare })).toEqual(['bare filterMs']);
  });
});

describe('formatTable', () => {
  it('puts metrics in rows and sizes in columns, each cell Liaison / bare (×ratio)', () => {
    const liaison = summariseSide([load({ readyMs: 1085 })]);
    const bare = summariseSide([{ didNotFinish: 120 }]);
    const result = { label: 'synthetic 50000', entities: 50000, relationships: 99990 };
    const table = formatTable([{ ...result, liaison, bare, ratios: ratios(liaison, bare) }]);
    const lines = table.split('\n');
    expect(lines[0]).toBe(
      '| Metric: Liaison / bare (×ratio) | synthetic 50000 (50,000 + 99,990) |',
    );
    expect(lines[2]).toBe('| Graph ready | 1,085 ms / did not finish in 120 s |');
    expect(lines).toHaveLength(2 + METRICS.length);
  });
});

describe('toBenchDataset', () => {
  it('clicks the best-connected entity and hides the commonest other type', () => {
    const dataset = createSyntheticDataset(60);
    const bench = toBenchDataset('synthetic 60', dataset);
    const selected = dataset.entities.find((entity) => entity.id === bench.selectId);
    expect(bench.filterType).not.toBe(selected.type);
    expect(dataset.entities.find((entity) => entity.id === bench.filterProbeId).type).toBe(
      bench.filterType,
    );
    expect(JSON.parse(bench.body).entities).toHaveLength(60);
  });
});
