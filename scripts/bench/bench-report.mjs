// Pure parts of `npm run bench`: its options, the medians and ratios, and the Markdown table.

export const METRICS = [
  { key: 'readyMs', label: 'Graph ready', unit: 'ms' },
  { key: 'panFrameMs', label: 'Pan, frame mean', unit: 'ms' },
  { key: 'zoomFrameMs', label: 'Zoom, frame mean', unit: 'ms' },
  { key: 'longestTaskMs', label: 'Longest task, load + layout', unit: 'ms' },
  { key: 'selectionMs', label: 'Click to selection drawn', unit: 'ms' },
  { key: 'filterMs', label: 'Filter to frame drawn', unit: 'ms' },
  { key: 'jsHomeTransferKB', label: 'JS loaded, home (gzip)', unit: 'kB' },
  { key: 'jsDeepTransferKB', label: 'JS loaded, deep link (gzip)', unit: 'kB' },
  { key: 'jsHomeDecodedKB', label: 'JS loaded, home (decoded)', unit: 'kB' },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB' },
];

export const SIDE_NAMES = ['liaison', 'bare'];
const DEFAULT_SIZES = ['bundled', 1000, 5000, 50000];

/** `--sizes=bundled,1000 --runs=3 --timeout=120 --smoke`; the bundled size may be given as its count. */
export function parseOptions(args, bundledCount) {
  const named = Object.fromEntries(
    args.map((arg) => {
      const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
      return [key, value];
    }),
  );
  const isSmoke = named.smoke === 'true';
  const sizes = isSmoke
    ? ['bundled']
    : (named.sizes?.split(',') ?? DEFAULT_SIZES).map((size) =>
        size === 'bundled' || Number(size) === bundledCount ? 'bundled' : Number(size),
      );
  const invalid = sizes.filter((size) => size !== 'bundled' && !(size > 1));
  if (invalid.length) throw new Error(`--sizes: not a size: ${invalid.join(', ')}`);
  return {
    sizes,
    runs: isSmoke ? 1 : Math.max(1, Number(named.runs ?? 5)),
    timeoutS: named.timeout ? Number(named.timeout) : null,
    isSmoke,
  };
}

/** Fresh loads per side: fewer at sizes where one load takes minutes. */
export function runsFor(entities, runs) {
  if (entities >= 20000) return 1;
  if (entities >= 3000) return Math.min(runs, 3);
  return runs;
}

/** How long a side may take to draw the graph before it counts as not finished. */
export function readyTimeoutS(entities, override) {
  return override ?? (entities >= 20000 ? 90 : 60);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One metric over a side's loads: the median when at least half the loads produced it,
 * else how it failed.
 */
export function summariseMetric(loads, key) {
  const values = loads.map((load) => load[key]).filter((value) => Number.isFinite(value));
  if (values.length > 0 && values.length * 2 >= loads.length) {
    return { median: Math.round(median(values) * 10) / 10, values };
  }
  const unfinished = loads.find((load) => load.didNotFinish);
  return unfinished ? { didNotFinishS: unfinished.didNotFinish } : { missing: true };
}

export function summariseSide(loads) {
  return Object.fromEntries(METRICS.map(({ key }) => [key, summariseMetric(loads, key)]));
}

/** Liaison over bare, per metric: how many times the baseline's cost Liaison pays. */
export function ratios(liaison, bare) {
  return Object.fromEntries(
    METRICS.map(({ key }) => {
      const [ours, theirs] = [liaison[key]?.median, bare[key]?.median];
      return [key, ours && theirs ? Math.round((ours / theirs) * 100) / 100 : null];
    }),
  );
}

/** Metrics a side failed to produce (for the smoke run, which asserts they all exist). */
export function missingMetrics(result) {
  return SIDE_NAMES.flatMap((side) =>
    METRICS.filter(({ key }) => !Number.isFinite(result[side][key]?.median)).map(
      ({ key }) => `${side} ${key}`,
    ),
  );
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function formatValue(summary, unit) {
  if (summary.didNotFinishS) return `did not finish in ${summary.didNotFinishS} s`;
  if (summary.missing) return '—';
  const value = summary.median;
  return `${(value >= 100 ? integer : decimal).format(value)} ${unit}`;
}

function formatCell(result, { key, unit }) {
  const ratio = result.ratios[key];
  const pair = `${formatValue(result.liaison[key], unit)} / ${formatValue(result.bare[key], unit)}`;
  return ratio === null ? pair : `${pair} (×${decimal.format(ratio)})`;
}

export function sizeHeading({ label, entities, relationships }) {
  return `${label} (${integer.format(entities)} + ${integer.format(relationships)})`;
}

/** Rows are metrics, columns sizes; each cell reads "Liaison / bare (×ratio)". */
export function formatTable(results) {
  const header = ['Metric: Liaison / bare (×ratio)', ...results.map(sizeHeading)];
  const rows = METRICS.map((metric) => [
    metric.label,
    ...results.map((result) => formatCell(result, metric)),
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
