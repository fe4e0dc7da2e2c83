// Part of `npm run bench`: how long the claims table takes to answer a change, at each size.
// The claims page is opened on a synthetic dataset (served in place of the bundled file, as
// bench.mjs does) and, once the graph beside it is drawn, the table's state is changed the way
// Back and Forward change it (pushState + popstate): a search, "show only speculated and
// classified" (a certainty filter the graph shares) and a sort, each undone again. Each change
// is timed in the page from the URL change to the first animation frame after the table shows
// the new rows, the page idle before each. Options: --sizes=1000,5000 --runs=5. Writes .bench/claims.md and .json.
// Reports medians; nothing here is a pass/fail limit.
import { chromium } from '@playwright/test';
import { median } from './bench-report.mjs';
import { parseSizesAndRuns, saveResults } from './bench-output.mjs';
import { BASE, startServer } from './bench-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../tools/find-browser.mjs';
import { createSyntheticDataset } from '../fixtures/synthetic-dataset.mjs';

const GRAPH_TIMEOUT_MS = 120_000;

/** The changes timed, each as a URL and the URL that undoes it. */
const CHANGES = [
  { key: 'search', label: 'Search "person 12"', url: '/claims?claim-text=person+12' },
  {
    key: 'certainty',
    label: 'Only speculated and classified',
    url: '/claims?hide-certainty=stated,reported,unknown',
  },
  { key: 'sort', label: 'Sort by claim', url: '/claims?sort=claim' },
];

/**
 * Runs in the page: goes to `url` as Back and Forward do and resolves with the time to the
 * frame after the table changed (its row count or its first row).
 */
function timeChange(url) {
  const table = () => document.querySelector('.claims-table');
  const signature = () => {
    const first = table()?.querySelector('tbody tr[data-claim]');
    return `${table()?.getAttribute('aria-rowcount')}:${first?.dataset.claim}`;
  };
  const before = signature();
  const start = performance.now();
  history.pushState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate', { state: null }));
  return new Promise((resolve) => {
    const check = () => {
      if (signature() === before) return requestAnimationFrame(check);
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    requestAnimationFrame(check);
  });
}

/**
 * Runs in the page: resolves once the main thread is idle, so that work a change leaves
 * behind (the graph restyling after a certainty filter) does not weigh on the next one.
 */
function settle() {
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 }));
  return idle().then(idle);
}

async function measureSize(browser, size, runs) {
  const dataset = createSyntheticDataset(size);
  const claims = dataset.relationships.length;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.route('**/data/liaison.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await page.goto(`${BASE}/claims`);
    await page
      .locator(`.claims-table[aria-rowcount="${claims + 1}"]`)
      .waitFor({ timeout: GRAPH_TIMEOUT_MS });
    // The graph lays itself out beside the table: measure once it is drawn, not meanwhile.
    await page.locator('[data-graph-ready="true"]').waitFor({ timeout: GRAPH_TIMEOUT_MS });
    const times = Object.fromEntries(CHANGES.map(({ key }) => [key, []]));
    for (let run = 0; run < runs; run++) {
      for (const { key, url } of CHANGES) {
        await page.evaluate(settle);
        times[key].push(await page.evaluate(timeChange, url));
        await page.evaluate(settle);
        await page.evaluate(timeChange, '/claims');
      }
    }
    console.log(`claims ${size}:`, JSON.stringify(times));
    return {
      entities: size,
      claims,
      runs,
      ...Object.fromEntries(
        Object.entries(times).map(([key, values]) => [key, Math.round(median(values))]),
      ),
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const { sizes, runs } = parseSizesAndRuns(process.argv.slice(2), {
    sizes: '1000,5000',
    runs: '5',
  });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: findBrowser()?.executablePath,
    args: CHROMIUM_ARGS,
  });
  const results = [];
  try {
    for (const size of sizes) results.push(await measureSize(browser, size, runs));
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
  const ms = (value) => `${value.toLocaleString('en')} ms`;
  const table = [
    `| Claims table: change to frame drawn | ${CHANGES.map((change) => change.label).join(' | ')} |`,
    `| --- | ${CHANGES.map(() => '---').join(' | ')} |`,
    ...results.map(
      (result) =>
        `| ${result.entities.toLocaleString('en')} entities, ${result.claims.toLocaleString('en')} claims (median of ${result.runs}) | ${CHANGES.map(({ key }) => ms(result[key])).join(' | ')} |`,
    ),
  ].join('\n');
  saveResults('claims', results, table);
}

await main();
