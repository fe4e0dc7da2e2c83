// `npm run bench:profile -- --sizes=1000`: where the main thread's time goes, Liaison and the
// bare page side by side. Builds both unminified (function names survive, and the bundler's
// `// <module path>` markers tell which module a line came from), loads each side once per size
// with the V8 CPU profiler on, and prints self time by module and by function for each phase:
// the load (navigation to the first drawn graph), a drag that pans, the wheel zooming in and
// out, a click that selects, and a type filter.
// Timings here are not the benchmark's: profiling slows the page down.
import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { buildBarePage } from './bare/build-bare-page.mjs';
import { openPage, pan, selectOnce, SIDES, waitForReady, zoom } from './bench-load.mjs';
import { applyTypeFilter, findPoints } from './bench-page.mjs';
import { parseOptions, readyTimeoutS } from './bench-report.mjs';
import { createBenchDataset } from './bench-datasets.mjs';
import { BASE, startServer } from './bench-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../tools/find-browser.mjs';

const DIST = resolve('dist');
const TOP = 12;

/** For each built chunk, the module each line comes from. */
function readModuleMarkers() {
  const markers = new Map();
  const chunks = ['assets', 'bare/assets'].flatMap((folder) =>
    readdirSync(`${DIST}/${folder}`)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, `${DIST}/${folder}/${name}`]),
  );
  for (const [file, path] of chunks) {
    const starts = [];
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, at) => {
        const marker = /^\/\/ (?:\\0)?([\w@./-]+\.(?:m?js|cjs|tsx?))$/.exec(line);
        if (marker) starts.push([at, marker[1]]);
      });
    markers.set(file, starts);
  }
  return markers;
}

/** node_modules/react-dom/cjs/x.js → react-dom; src/graph/a.ts stays as it is. */
function moduleOf(callFrame, markers) {
  if (!callFrame.url) return callFrame.functionName || '(native)';
  const file = callFrame.url.split('/').pop();
  const starts = markers.get(file) ?? [];
  let module = file;
  for (const [line, path] of starts) if (line <= callFrame.lineNumber) module = path;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return inPackage ? inPackage[1] : module;
}

/** Self time (ms) per module and per function, from a V8 CPU profile. */
export function summariseProfile(profile, markers) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byModule = new Map();
  const byFunction = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, at) => {
    const { callFrame } = nodes.get(id);
    const ms = (profile.timeDeltas[at] ?? 0) / 1000;
    const module = moduleOf(callFrame, markers);
    add(byModule, module, ms);
    add(byFunction, `${callFrame.functionName || '(anonymous)'} · ${module}`, ms);
  });
  const top = (map) =>
    [...map]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP);
  return { byModule: top(byModule), byFunction: top(byFunction) };
}

async function profilePhase(client, run) {
  await client.send('Profiler.start');
  await run();
  const { profile } = await client.send('Profiler.stop');
  return profile;
}

async function profileSide(browser, side, dataset, timeoutS, markers) {
  const { page } = await openPage(browser, dataset);
  try {
    // A same-origin page first, so the profiled navigation stays in this renderer process.
    await page.goto(`${BASE}/data/schema.json`);
    const client = await page.context().newCDPSession(page);
    await client.send('Profiler.enable');
    await client.send('Profiler.setSamplingInterval', { interval: 200 });
    const home = side === 'liaison' ? '/' : '/bare/';
    const load = await profilePhase(client, async () => {
      await page.goto(BASE + home, { waitUntil: 'commit' });
      await waitForReady(page, timeoutS * 1000);
    });
    const points = await page.evaluate(findPoints, { exceptType: dataset.filterType });
    const drag = await profilePhase(client, () => pan(page, points.empty, points.centre));
    const wheel = await profilePhase(client, () => zoom(page, points.centre));
    const { node } = await page.evaluate(findPoints, { exceptType: dataset.filterType });
    const click = await profilePhase(client, () => selectOnce(page, side, node));
    const filter = await profilePhase(client, () =>
      page.evaluate(applyTypeFilter, {
        type: dataset.filterType,
        probeId: dataset.filterProbeId,
        liaisonUrl: SIDES[side].filterUrl(node?.id, dataset.filterType),
      }),
    );
    return Object.fromEntries(
      Object.entries({ load, drag, wheel, click, filter }).map(([phase, profile]) => [
        phase,
        summariseProfile(profile, markers),
      ]),
    );
  } finally {
    await page.close();
  }
}

function printTop(title, rows) {
  console.log(`  ${title}`);
  for (const [name, ms] of rows)
    console.log(`    ${String(Math.round(ms)).padStart(6)} ms  ${name}`);
}

const bundled = JSON.parse(readFileSync('public/data/liaison.json', 'utf8'));
const args = process.argv.slice(2);
const options = parseOptions(
  args.filter((arg) => !arg.startsWith('--sides=')),
  bundled.entities.length,
);
// `--sides=liaison` profiles one side only.
const sides = args
  .find((arg) => arg.startsWith('--sides='))
  ?.slice('--sides='.length)
  .split(',') ?? ['liaison', 'bare'];
await build({ logLevel: 'warn', build: { minify: false } });
await buildBarePage(DIST, { minify: false });
const markers = readModuleMarkers();
const browser = await chromium.launch({
  executablePath: findBrowser()?.executablePath,
  args: CHROMIUM_ARGS,
});
const server = await startServer();
try {
  for (const size of options.sizes) {
    const dataset = createBenchDataset(size, bundled);
    for (const side of sides) {
      const timeoutS = readyTimeoutS(dataset.entities, options.timeoutS);
      const phases = await profileSide(browser, side, dataset, timeoutS, markers).catch((error) => {
        console.log(`\n${dataset.label}, ${side}: ${error.message}`);
        return {};
      });
      for (const [phase, summary] of Object.entries(phases)) {
        console.log(`\n${dataset.label}, ${side}, ${phase}: self time`);
        printTop('by module', summary.byModule);
        printTop('by function', summary.byFunction);
      }
    }
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
