// `npm run bench`: how Liaison's built app scales, measured in a real browser.
// Reports medians over several fresh loads and ratios against the bundled dataset;
// nothing here is a pass/fail limit. Results also go to .bench/results.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { createSyntheticDataset } from './synthetic-dataset.mjs';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = [1000, 5000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('vite preview did not start');
}

/** One fresh load of the app on a dataset, and one of each interaction. */
async function measureOnce(browser, datasetBody, firstEntityId) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (datasetBody) {
    await page.route('**/data/liaison.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: datasetBody }),
    );
  }
  const client = await page.context().newCDPSession(page);
  await page.goto(`${BASE}/entity/${firstEntityId}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('h1'), null, {
    polling: 'raf',
    timeout: 120_000,
  });
  const panelMs = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => document.querySelector('[data-graph-ready="true"]'), null, {
    polling: 'raf',
    timeout: 300_000,
  });
  const graphReadyMs = await page.evaluate(() => performance.now());
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');

  const filterMs = await page.evaluate(async () => {
    const graph = document.querySelector('[data-testid="graph"]');
    const before = graph.getAttribute('data-visible-nodes');
    const checkbox = [...document.querySelectorAll('.legend-item')]
      .find((label) => label.textContent.includes('People'))
      .querySelector('input');
    const start = performance.now();
    checkbox.click();
    while (graph.getAttribute('data-visible-nodes') === before) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });

  const search = page.getByRole('combobox', { name: 'Search entities' });
  const searchStart = Date.now();
  await search.fill('person 1');
  await page.getByRole('option').first().waitFor();
  const searchMs = Date.now() - searchStart;
  await page.close();
  return { panelMs, graphReadyMs, heapMB: usedSize / 2 ** 20, filterMs, searchMs };
}

async function measure(browser, label, datasetBody, firstEntityId, entityCount, relationshipCount) {
  const runs = [];
  const count = entityCount > 2000 ? Math.min(RUNS, 3) : RUNS;
  for (let run = 0; run < count; run++)
    runs.push(await measureOnce(browser, datasetBody, firstEntityId));
  const result = { label, entities: entityCount, relationships: relationshipCount, runs: count };
  for (const key of Object.keys(runs[0]))
    result[key] = Math.round(median(runs.map((item) => item[key])) * 10) / 10;
  console.log(
    `${label.padEnd(22)} panel ${result.panelMs} ms · graph ready ${result.graphReadyMs} ms · ` +
      `filter ${result.filterMs} ms · search ${result.searchMs} ms · heap ${result.heapMB} MB (median of ${count})`,
  );
  return result;
}

const found = findBrowser();
const browser = await chromium.launch({
  executablePath: found?.executablePath,
  args: CHROMIUM_ARGS,
});
const server = await startServer();
try {
  const bundled = await (await fetch(`${BASE}/data/liaison.json`)).json();
  const results = [
    await measure(
      browser,
      'bundled (article)',
      null,
      'viktor-goremykin',
      bundled.entities.length,
      bundled.relationships.length,
    ),
  ];
  for (const size of SIZES) {
    const dataset = createSyntheticDataset(size);
    results.push(
      await measure(
        browser,
        `synthetic ${size}`,
        JSON.stringify(dataset),
        'person-1',
        size,
        dataset.relationships.length,
      ),
    );
  }
  const base = results[0];
  console.log('\nRatios against the bundled dataset (elements drawn, and time to a ready graph):');
  for (const result of results.slice(1)) {
    const elementRatio =
      (result.entities + result.relationships) / (base.entities + base.relationships);
    console.log(
      `${result.label.padEnd(22)} ×${elementRatio.toFixed(0)} elements → panel ×${(result.panelMs / base.panelMs).toFixed(1)}, ` +
        `graph ×${(result.graphReadyMs / base.graphReadyMs).toFixed(1)}, filter ×${(result.filterMs / base.filterMs).toFixed(1)}, ` +
        `heap ×${(result.heapMB / base.heapMB).toFixed(1)}`,
    );
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync(
    '.bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), results }, null, 2),
  );
} finally {
  await browser.close();
  process.kill(-server.pid);
}
