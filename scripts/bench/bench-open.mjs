// Part of `npm run bench`: opening a user's file. For each size, a synthetic dataset file is
// opened through the app's file picker while the bundled dataset is shown, and the page's
// longest main-thread task is recorded (PerformanceObserver('longtask')) until the opened
// dataset's panel is shown, and then until its graph is drawn. Reading, checking and indexing
// run in a worker; what the page does is rebuild the dataset from slices and draw it.
// Options: --sizes=5000,50000 --runs=3 (fewer from 20,000). Writes .bench/open.md and .json.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './bench-report.mjs';
import { parseSizesAndRuns, saveResults } from './bench-output.mjs';
import { BASE, startServer } from './bench-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../tools/find-browser.mjs';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset.mjs';

const GRAPH_TIMEOUT_MS = 120_000;

function installLongTaskRecorder() {
  window.__openBench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__openBench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const longestSince = (tasks, from, until) =>
  Math.round(
    Math.max(
      0,
      ...tasks
        .filter((task) => task.start >= from && task.start <= until)
        .map((task) => task.duration),
    ),
  );

async function openOnce(browser, path) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.addInitScript(installLongTaskRecorder);
    await page.goto(`${BASE}/`);
    await page.locator('[data-graph-ready="true"]').waitFor({ timeout: 60_000 });
    const startedAt = await page.evaluate(() => performance.now());
    await page.getByLabel('Open a dataset file').setInputFiles(path);
    await page
      .locator('[data-dataset-ready]:not([data-dataset-ready="bundled"])')
      .waitFor({ timeout: GRAPH_TIMEOUT_MS });
    const shownAt = await page.evaluate(() => performance.now());
    let drawnAt = null;
    try {
      // The opened dataset's elements set the graph back to not ready until they are drawn.
      await page.locator('[data-graph-ready="true"]').waitFor({ timeout: GRAPH_TIMEOUT_MS });
      drawnAt = await page.evaluate(() => performance.now());
    } catch {
      // Reported as not drawn in time.
    }
    const tasks = await page.evaluate(() => window.__openBench.longTasks);
    return {
      shownMs: Math.round(shownAt - startedAt),
      longestTaskUntilShownMs: longestSince(tasks, startedAt, shownAt),
      drawnMs: drawnAt === null ? null : Math.round(drawnAt - startedAt),
      longestTaskUntilDrawnMs: drawnAt === null ? null : longestSince(tasks, startedAt, drawnAt),
    };
  } finally {
    await page.close();
  }
}

const medianOf = (runs, key) => {
  const values = runs.map((run) => run[key]).filter((value) => value !== null);
  return values.length ? Math.round(median(values)) : null;
};

const formatMs = (value) =>
  value === null ? 'not drawn in time' : `${value.toLocaleString('en')} ms`;

async function main() {
  const { sizes, runs } = parseSizesAndRuns(process.argv.slice(2), {
    sizes: '5000,50000',
    runs: '3',
  });
  const folder = mkdtempSync(join(tmpdir(), 'liaison-open-'));
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: findBrowser()?.executablePath,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  try {
    for (const size of sizes) {
      const path = join(folder, `synthetic-${size}.json`);
      const text = JSON.stringify(createSyntheticDataset(size));
      writeFileSync(path, text);
      const count = size >= 20_000 ? 1 : runs;
      const measured = [];
      for (let run = 0; run < count; run++) {
        const result = await openOnce(browser, path);
        console.log(`open ${size}: run ${run + 1}`, result);
        measured.push(result);
      }
      results.push({
        entities: size,
        megabytes: Math.round((text.length / 2 ** 20) * 10) / 10,
        runs: measured.length,
        shownMs: medianOf(measured, 'shownMs'),
        longestTaskUntilShownMs: medianOf(measured, 'longestTaskUntilShownMs'),
        drawnMs: medianOf(measured, 'drawnMs'),
        longestTaskUntilDrawnMs: medianOf(measured, 'longestTaskUntilDrawnMs'),
      });
    }
  } finally {
    await browser.close();
    process.kill(-server.pid);
    rmSync(folder, { recursive: true, force: true });
  }
  const table = [
    '| Opened file | Panel shown | Longest task until shown | Graph drawn | Longest task until drawn |',
    '| --- | --- | --- | --- | --- |',
    ...results.map(
      (result) =>
        `| ${result.entities.toLocaleString('en')} entities (${result.megabytes} MB), median of ${result.runs} | ${formatMs(result.shownMs)} | ${formatMs(result.longestTaskUntilShownMs)} | ${formatMs(result.drawnMs)} | ${formatMs(result.longestTaskUntilDrawnMs)} |`,
    ),
  ].join('\n');
  saveResults('open', results, table);
}

await main();
