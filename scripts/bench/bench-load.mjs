// One fresh load of one side (Liaison or the bare page) on one dataset, and one of each
// interaction, driven with the real mouse. Every wait is bounded: a side that does not finish
// in time is reported as such instead of hanging the run.
import { gzipSync } from 'node:zlib';
import {
  applyTypeFilter,
  findPoints,
  frameMean,
  instrumentPage,
  longestTaskUntilReady,
  watchSelection,
} from './bench-page.mjs';

export const VIEWPORT = { width: 1400, height: 900 };
const STEP_TIMEOUT_MS = 30_000;
const PAN_STEPS = 16;
const WHEEL_NOTCHES = 6;

export const SIDES = {
  liaison: {
    home: () => '/',
    deepLink: (id) => `/entity/${id}`,
    selectedClass: 'is-selected',
    filterUrl: (selectedId, type) =>
      `${selectedId ? `/entity/${selectedId}` : '/'}?hide-types=${type}`,
  },
  bare: {
    // The bare canvas gets the size of Liaison's, so both draw the same number of pixels.
    home: (canvas) => (canvas ? `/bare/?width=${canvas.width}&height=${canvas.height}` : '/bare/'),
    selectedClass: null,
    filterUrl: () => null,
  },
};

export class TimeoutError extends Error {}

export function withTimeout(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${what}: did not finish in ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Opens a fresh page (its own context, so its own cache) with the dataset routed in. */
export async function openPage(browser, dataset) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  if (dataset.body) {
    await page.route('**/data/liaison.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: dataset.body }),
    );
  }
  await page.addInitScript(instrumentPage, { nodeCount: dataset.entities });
  const scripts = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) {
      scripts.push(request);
    }
  });
  return { page, scripts };
}

/** A worker that has ended takes its responses with it: the same file is read from the server. */
async function bodyOf(request) {
  try {
    return await (await request.response()).body();
  } catch {
    return Buffer.from(await (await fetch(request.url())).arrayBuffer());
  }
}

/**
 * JavaScript loaded so far, in kB: decoded, and gzipped (level 6, as a server would send it;
 * computed here because Chromium reports no transfer size for a worker's script).
 */
async function sumScripts(requests) {
  let gzipped = 0;
  let decoded = 0;
  // A worker importing a chunk the page already holds gets it from the cache: counted once.
  const urls = new Set();
  for (const request of requests) {
    if (urls.has(request.url())) continue;
    urls.add(request.url());
    const body = await bodyOf(request);
    decoded += body.length;
    gzipped += gzipSync(body, { level: 6 }).length;
  }
  return { transfer: gzipped / 1000, decoded: decoded / 1000 };
}

/**
 * Polls from here, not in the page: a page whose main thread is stuck in a layout answers no
 * in-page poll, and its wait would then never end.
 */
export async function waitForReady(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const readyAt = await withTimeout(
      page
        .evaluate(() => window.__bench?.readyAt ?? null)
        .catch((error) => {
          if (/context|navigat/i.test(error.message)) return null;
          throw error;
        }),
      Math.max(1, deadline - Date.now()),
      'graph ready',
    );
    if (readyAt !== null) return readyAt;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new TimeoutError(`graph ready: did not finish in ${timeoutMs / 1000} s`);
}

async function heapMB(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return usedSize / 2 ** 20;
}

/** Mean animation-frame interval while `drive` moves the mouse. */
async function framesDuring(page, drive) {
  await page.evaluate(() => window.__bench.recordFrames());
  await drive();
  return frameMean(await page.evaluate(() => window.__bench.stopFrames()));
}

export async function pan(page, from, centre) {
  const to = {
    x: from.x + Math.sign(centre.x - from.x) * 240,
    y: from.y + Math.sign(centre.y - from.y) * 160,
  };
  return framesDuring(page, async () => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: PAN_STEPS });
    await page.mouse.move(from.x, from.y, { steps: PAN_STEPS });
    await page.mouse.up();
  });
}

export async function zoom(page, centre) {
  const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  return framesDuring(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    for (const delta of [-100, 100]) {
      for (let notch = 0; notch < WHEEL_NOTCHES; notch++) {
        await page.mouse.wheel(0, delta);
        // The wheel does not wait for the page: one notch a frame, as a hand turns it.
        await nextFrame();
      }
    }
  });
}

/** Clicks the node at `point` and resolves with the time until it is drawn selected. */
export async function selectOnce(page, side, point) {
  await page.evaluate(watchSelection, { id: point.id, selectedClass: SIDES[side].selectedClass });
  await page.mouse.click(point.x, point.y);
  return page.evaluate(() => window.__bench.selection);
}

/**
 * Measures one side once. Returns the metrics, `{ didNotFinish: seconds }` when the graph was
 * not drawn in time, or what it had with `stalled` when a later step overran: the page is then
 * abandoned, since Playwright would queue every further step behind the stuck one.
 */
export async function measureLoad(browser, base, side, dataset, { timeoutMs, canvas }) {
  const { page, scripts } = await openPage(browser, dataset);
  const metrics = {};
  const step = (what, run) => withTimeout(run(), STEP_TIMEOUT_MS, what);
  const findPointsNow = () => page.evaluate(findPoints, { exceptType: dataset.filterType });
  try {
    await page.goto(base + SIDES[side].home(canvas), { waitUntil: 'commit' });
    try {
      metrics.readyMs = await waitForReady(page, timeoutMs);
    } catch (error) {
      if (error instanceof TimeoutError) return { didNotFinish: timeoutMs / 1000 };
      throw error;
    }
    metrics.longestTaskMs = await step('long tasks', () => page.evaluate(longestTaskUntilReady));
    const js = await step('JS sizes', () => sumScripts([...scripts]));
    metrics.jsHomeTransferKB = js.transfer;
    metrics.jsHomeDecodedKB = js.decoded;
    metrics.heapMB = await step('heap', () => heapMB(page));
    const points = await step('find points', findPointsNow);
    metrics.canvas = points.canvas;
    if (points.empty)
      metrics.panFrameMs = await step('pan', () => pan(page, points.empty, points.centre));
    metrics.zoomFrameMs = await step('zoom', () => zoom(page, points.centre));
    // The wheel moved the view: the node to click is looked up where it is drawn now.
    const { node } = await step('find points', findPointsNow);
    if (node) metrics.selectionMs = await step('selection', () => selectOnce(page, side, node));
    metrics.filterMs = await step('filter', () =>
      page.evaluate(applyTypeFilter, {
        type: dataset.filterType,
        probeId: dataset.filterProbeId,
        liaisonUrl: SIDES[side].filterUrl(node?.id, dataset.filterType),
      }),
    );
    return metrics;
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    return { ...metrics, stalled: error.message };
  } finally {
    await withTimeout(page.close(), 10_000, 'close').catch(() => {});
  }
}

/** JavaScript a deep link loads before its graph is drawn (Liaison only: the bare page has no routes). */
export async function measureDeepLinkJs(browser, base, dataset, { timeoutMs }) {
  const { page, scripts } = await openPage(browser, dataset);
  try {
    await page.goto(base + SIDES.liaison.deepLink(dataset.selectId), { waitUntil: 'commit' });
    await waitForReady(page, timeoutMs);
    const js = await sumScripts([...scripts]);
    return { jsDeepTransferKB: js.transfer, jsDeepDecodedKB: js.decoded };
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    return { stalled: error.message };
  } finally {
    await withTimeout(page.close(), 30_000, 'close').catch(() => {});
  }
}
