// `npm run bench:lighthouse`: Lighthouse (its default mobile preset, simulated throttling) on
// the built app's home page and a deep link, served by `vite preview`. Prints the four category
// scores and the performance metrics, medians over --runs (default 3; Lighthouse's own advice,
// as scores swing from run to run), and writes .bench/lighthouse.md and .json. Not part of
// `npm test`: a score is not a pass or a fail. Options: --runs=5 --paths=/,/entity/viktor-goremykin,
// --preset=desktop (Lighthouse's desktop preset: a wide window, where the graph is drawn at once).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { median } from './bench-report.mjs';
import { saveResults } from './bench-output.mjs';
import { BASE, startServer } from './bench-server.mjs';
import { CHROMIUM_ARGS, findBrowser } from '../tools/find-browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  'first-contentful-paint': 'First contentful paint',
  'largest-contentful-paint': 'Largest contentful paint',
  'total-blocking-time': 'Total blocking time',
  'speed-index': 'Speed index',
  'cumulative-layout-shift': 'Cumulative layout shift',
  interactive: 'Time to interactive',
};

function option(name, fallback) {
  const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

/** One Lighthouse run in a browser of its own (a fresh profile: no cache, no service worker). */
async function audit(url) {
  const chrome = await launch({
    chromePath: findBrowser()?.executablePath ?? process.env.CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)]),
      ),
      metrics: Object.fromEntries(Object.keys(METRICS).map((id) => [id, audits[id].numericValue])),
      failed: CATEGORIES.flatMap((id) =>
        categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id].score ?? 1) < 0.9)
          .map((ref) => `${id}: ${ref.id}`),
      ),
    };
  } finally {
    await chrome.kill();
  }
}

function summarise(runs) {
  const pick = (group, id) => median(runs.map((run) => run[group][id]));
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, pick('scores', id)])),
    scoreRanges: Object.fromEntries(
      CATEGORIES.map((id) => {
        const values = runs.map((run) => run.scores[id]);
        return [id, [Math.min(...values), Math.max(...values)]];
      }),
    ),
    metrics: Object.fromEntries(Object.keys(METRICS).map((id) => [id, pick('metrics', id)])),
    failed: [...new Set(runs.flatMap((run) => run.failed))],
  };
}

function formatMetric(id, value) {
  return id === 'cumulative-layout-shift'
    ? value.toFixed(3)
    : `${Math.round(value).toLocaleString('en')} ms`;
}

function formatTable(paths, results, runs) {
  const header = `| Lighthouse, ${preset} (median of ${runs}) | ${paths.map((path) => `\`${path}\``).join(' | ')} |`;
  const rule = `| --- | ${paths.map(() => '---').join(' | ')} |`;
  const scoreRows = CATEGORIES.map((id) => {
    const cells = paths.map((path) => {
      const [low, high] = results[path].scoreRanges[id];
      return `${results[path].scores[id]}${low === high ? '' : ` (${low}–${high})`}`;
    });
    return `| ${id} | ${cells.join(' | ')} |`;
  });
  const metricRows = Object.entries(METRICS).map(
    ([id, label]) =>
      `| ${label} | ${paths.map((path) => formatMetric(id, results[path].metrics[id])).join(' | ')} |`,
  );
  return [header, rule, ...scoreRows, ...metricRows].join('\n');
}

const runs = Number(option('runs', '3'));
const preset = option('preset', 'mobile');
const paths = option('paths', '/,/entity/viktor-goremykin').split(',');
const server = await startServer();
try {
  const results = {};
  for (const path of paths) {
    const audits = [];
    for (let run = 0; run < runs; run++) {
      const result = await audit(`${BASE}${path}`);
      console.log(`${path} run ${run + 1}: ${JSON.stringify(result.scores)}`);
      audits.push(result);
    }
    results[path] = summarise(audits);
    if (results[path].failed.length > 0) {
      console.log(`${path}, audits below 90 in some run: ${results[path].failed.join(', ')}`);
    }
  }
  saveResults(`lighthouse-${preset}`, results, formatTable(paths, results, runs));
} finally {
  process.kill(-server.pid);
}
