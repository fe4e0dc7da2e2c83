// `npm run screenshots`: the README's pictures of the built app, taken in Chromium.
// Serves `dist/` with `vite preview` on $LIAISON_PORT (default 4179) and writes PNGs to docs/screenshots/.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';

const PORT = Number(process.env.LIAISON_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/screenshots';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const SHOTS = [
  { name: 'home', path: '/', viewport: DESKTOP },
  { name: 'entity', path: '/entity/viktor-goremykin', viewport: DESKTOP },
  { name: 'path', path: '/?from=viktor-goremykin&to=andrey-belousov', viewport: DESKTOP },
  { name: 'phone-entity', path: '/entity/park-yong-il', viewport: PHONE, isMobile: true },
  // A time window opens the timeline: last month, with the ceremony chosen from it.
  {
    name: 'timeline',
    path: '/entity/patriot-park-ceremony?when=pub-1m..pub-1m',
    viewport: DESKTOP,
  },
  { name: 'walkthrough', path: '/walkthrough/delegation-visit-report?step=4', viewport: DESKTOP },
  {
    name: 'phone-timeline',
    path: '/?when=2023-06..pub-1m',
    viewport: PHONE,
    isMobile: true,
  },
  { name: 'claims', path: '/claims?sort=date', viewport: DESKTOP },
  ...(process.env.SHOTS_PHONE_GRAPH
    ? [
        {
          name: 'phone-graph',
          path: '/entity/park-yong-il',
          viewport: PHONE,
          isMobile: true,
          graph: true,
        },
      ]
    : []),
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];

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

/** The user guide shows what "Image for publishing" gives for a focus, as its reader would get it. */
async function savePublishingImage(browser) {
  const page = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
  await page.goto(`${BASE}/entity/viktor-goremykin?focus=viktor-goremykin`);
  await page.locator('[data-graph-settled]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Image for publishing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Image for publishing' });
  await dialog.getByLabel('PNG picture').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save image' }).click(),
  ]);
  await download.saveAs(`${OUT}/publishing.png`);
  await page.close();
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: findBrowser()?.executablePath,
  args: CHROMIUM_ARGS,
});
try {
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      isMobile: shot.isMobile,
      hasTouch: shot.isMobile,
      reducedMotion: 'reduce',
    });
    await page.goto(BASE + shot.path);
    if (shot.graph) await page.getByRole('button', { name: /show the graph/i }).click();
    // On a phone the graph's code loads only when the graph is shown: wait for the panel then.
    const ready =
      shot.isMobile && !shot.graph
        ? page.getByRole('heading', { level: 1 })
        : page.locator('[data-graph-ready="true"]');
    await ready.waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${shot.name}.png` });
    const drawn = await page.evaluate(() => globalThis.liaisonGraph?.inspect());
    if (drawn) {
      const sizes = drawn.labels.map((label) => label.fontPx);
      console.log(
        `${shot.name}: ${drawn.labels.length} labels of ${drawn.visibleNodes} nodes, smallest ${Math.min(...sizes).toFixed(1)} px, zoom ${drawn.zoom.toFixed(2)}`,
      );
    }
    await page.close();
  }
  await savePublishingImage(browser);
} finally {
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {
    // The server already stopped.
  }
}
