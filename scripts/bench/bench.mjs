// `npm run bench`: Liaison's built app against a bare Cytoscape page (scripts/bench/bare/) on the
// same data, in Chromium, loading the two alternately so that a busy machine weighs on both.
// Reports medians over fresh loads and Liaison/bare ratios as Markdown (.bench/results.md)
// and JSON (.bench/results.json). Nothing here is a pass/fail limit on time; `--smoke` only
// checks that every metric was produced. Options: see parseOptions in bench-report.mjs.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { buildBarePage } from './bare/build-bare-page.mjs';
import { measureDeepLinkJs, measureLoad, VIEWPORT, withTimeout } from './bench-load.mjs';
import {
  formatTable,
  missingMetrics,
  parseOptions,
  ratios,
  readyTimeoutS,
  runsFor,
  sizeHeading,
  summariseSide,
} from './bench-report.mjs';
import { createBenchDataset } from './bench-datasets.mjs';
import { BASE, startServer } from './bench-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../tools/find-browser.mjs';

const DIST = resolve('dist');
// A full run stays within ten minutes: each size may spend its share of what is left on
// repeats (its first run always happens; what a size leaves unspent goes to the next), and
// stops repeating when one more run, as long as the last, would overspend it.
const BUDGET_MS = 7 * 60_000;

function describeMachine() {
  const [cpu] = cpus();
  return {
    cpu: `${cpus().length} × ${cpu?.model ?? 'unknown CPU'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((load) => Math.round(load * 10) / 10),
    browser: null,
  };
}

/** One browser, replaced after a load that overran: its stuck page would weigh on the next. */
async function createSession() {
  const launch = () =>
    chromium.launch({ executablePath: findBrowser()?.executablePath, args: CHROMIUM_ARGS });
  const session = { browser: await launch(), startedAt: Date.now(), canvas: null };
  session.restart = async () => {
    await withTimeout(session.browser.close(), 30_000, 'browser close').catch(() => {});
    session.browser = await launch();
  };
  return session;
}

/** Loads each side `runs` times, alternating which goes first, and sums up. */
async function measureSize(session, dataset, runs, timeoutS, sizesLeft) {
  const loads = { liaison: [], bare: [] };
  const options = { timeoutMs: timeoutS * 1000 };
  const deadline = Date.now() + (session.startedAt + BUDGET_MS - Date.now()) / sizesLeft;
  const measure = async (run) => {
    const load = await run(session.browser);
    if (load.didNotFinish || load.stalled) await session.restart();
    return load;
  };
  let lastRunMs = 0;
  for (let run = 0; run < runs; run++) {
    if (run > 0 && Date.now() + lastRunMs > deadline) {
      console.log(`  another run would overspend its share of the time budget: ${run} of ${runs}`);
      break;
    }
    const runStartedAt = Date.now();
    for (const side of run % 2 ? ['bare', 'liaison'] : ['liaison', 'bare']) {
      const load = await measure((browser) =>
        measureLoad(browser, BASE, side, dataset, { ...options, canvas: session.canvas }),
      );
      if (side === 'liaison') session.canvas ??= load.canvas;
      loads[side].push(load);
      console.log(`  run ${run + 1} ${side.padEnd(7)} ${describeLoad(load)}`);
    }
    lastRunMs = Date.now() - runStartedAt;
  }
  // A deep link cannot draw where the home page did not: no need to wait for it to time out.
  if (loads.liaison.some((load) => !load.didNotFinish)) {
    const deepLink = await measure((browser) => measureDeepLinkJs(browser, BASE, dataset, options));
    for (const load of loads.liaison) Object.assign(load, deepLink, { stalled: load.stalled });
  }
  // The bare page has one URL: its deep link is its home.
  for (const load of loads.bare) {
    Object.assign(load, {
      jsDeepTransferKB: load.jsHomeTransferKB,
      jsDeepDecodedKB: load.jsHomeDecodedKB,
    });
  }
  const liaison = summariseSide(loads.liaison);
  const bare = summariseSide(loads.bare);
  return {
    label: dataset.label,
    entities: dataset.entities,
    relationships: dataset.relationships,
    runs: loads.liaison.length,
    timeoutS,
    liaison,
    bare,
    ratios: ratios(liaison, bare),
    loads,
  };
}

function describeLoad(load) {
  if (load.didNotFinish) return `did not finish in ${load.didNotFinish} s`;
  const numbers = Object.entries(load)
    .filter(([key, value]) => key.endsWith('Ms') && Number.isFinite(value))
    .map(([key, value]) => `${key.replace(/Ms$/, '')} ${Math.round(value)}`);
  return `${numbers.join(' · ')} ms${load.stalled ? ` · stopped: ${load.stalled}` : ''}`;
}

const bundled = JSON.parse(readFileSync('public/data/liaison.json', 'utf8'));
const options = parseOptions(process.argv.slice(2), bundled.entities.length);
if (!existsSync(`${DIST}/index.html`))
  throw new Error('No build in dist/: run `vite build` first.');
await buildBarePage(DIST);

const machine = describeMachine();
const session = await createSession();
machine.browser = `Chromium ${session.browser.version()}, headless, software rendering`;
const server = await startServer();
const results = [];
try {
  for (const [at, size] of options.sizes.entries()) {
    const dataset = createBenchDataset(size, bundled);
    const runs = runsFor(dataset.entities, options.runs);
    const timeoutS = readyTimeoutS(dataset.entities, options.timeoutS);
    console.log(`${sizeHeading(dataset)}: up to ${runs} fresh loads a side`);
    const sizesLeft = options.sizes.length - at;
    results.push(await measureSize(session, dataset, runs, timeoutS, sizesLeft));
  }
} finally {
  await session.browser.close();
  process.kill(-server.pid);
}

const date = new Date().toISOString();
machine.loadAverageAtEnd = loadavg().map((load) => Math.round(load * 10) / 10);
const table = formatTable(results);
const markdown =
  `Measured ${date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu}, ${machine.memoryGB} GB, ` +
  `${machine.browser}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, canvas ` +
  `${session.canvas?.width}×${session.canvas?.height} on both sides; load average ` +
  `${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end. ` +
  `Medians of ${results.map((result) => result.runs).join(' / ')} fresh loads a side.\n\n${table}\n`;
console.log(`\n${markdown}`);
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.md', markdown);
writeFileSync(
  '.bench/results.json',
  JSON.stringify({ date, machine, options, canvas: session.canvas, results }, null, 2),
);

if (options.isSmoke) {
  const missing = results.flatMap(missingMetrics);
  if (missing.length) {
    console.error(`bench:smoke: metrics not produced: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log('bench:smoke: every metric was produced on both sides.');
}
