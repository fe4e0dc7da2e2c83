import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { fileURLToPath } from 'node:url';
import { createSyntheticDataset } from '../../scripts/fixtures/synthetic-dataset.mjs';
import { graph, openDatasetFile } from '../helpers';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records every Content-Security-Policy violation and every request that leaves the origin. */
async function watch(page: Page, baseURL: string) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const offOrigin: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) offOrigin.push(request.url());
  });
  return {
    async expectClean() {
      expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      expect(offOrigin).toEqual([]);
    },
  };
}

const ROUTES = [
  ['home', '/'],
  ['an entity', '/entity/viktor-goremykin'],
  ['a relationship', '/relationship/viktor-goremykin-leads-russian-delegation'],
  ['the source', '/source/delegation-visit-report?span=1-60'],
  ['not found', '/entity/nobody'],
  ['the path view', '/?from=viktor-goremykin&to=andrey-belousov'],
  ['a search', '/?q=constructor'],
  // The timeline's bars are placed with style properties: they must not trip the policy.
  ['the timeline', '/?when=2023-06..pub-1m'],
  ['a walkthrough', '/walkthrough/delegation-visit-report?step=3'],
  ['the claims table', '/claims?sort=-date&claim-text=korea'],
] as const;

test('the built page ships a strict Content-Security-Policy', async ({ canvas, page }) => {
  await canvas.open('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("form-action 'none'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain('unsafe-');
  // Nothing was injected to get around it.
  expect(await page.locator('style').count()).toBe(0);
});

for (const [name, route] of ROUTES) {
  test(`${name} breaks no policy and stays on its origin`, async ({ canvas, page, baseURL }) => {
    const watcher = await watch(page, baseURL!);
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await canvas.settled();
    await watcher.expectClean();
  });
}

test('a large dataset, laid out in a worker, breaks no policy', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const dataset = createSyntheticDataset(320);
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const watcher = await watch(page, baseURL!);
  await page.goto('/');
  await expect(graph(page)).toHaveAttribute('data-visible-nodes', '320', { timeout: 60_000 });
  await expect(graph(page)).toHaveAttribute('data-graph-ready', 'true', {
    timeout: 60_000,
  });
  // A file other than the one the build checked is checked in the parse worker, then laid out.
  expect(workers.map((url) => /\/([a-z]+-worker)-/.exec(url)?.[1])).toEqual([
    'parse-worker',
    'layout-worker',
  ]);
  await watcher.expectClean();
});

const HOSTILE_MARKUP = fileURLToPath(new URL('../fixtures/hostile/markup.json', import.meta.url));

test('opening a file of hostile markup breaks no policy and stays on its origin', async ({
  canvas,
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const watcher = await watch(page, baseURL!);
  await canvas.open('/');
  await openDatasetFile(page, HOSTILE_MARKUP);
  await canvas.settled();
  await page
    .getByRole('link', { name: /Mallory/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mallory');
  await watcher.expectClean();
});

test('every export breaks no policy and stays on its origin', async ({ canvas, page, baseURL }) => {
  const watcher = await watch(page, baseURL!);
  await canvas.open('/');
  const summary = page.getByText('Export', { exact: true });
  for (const item of ['PNG', 'SVG', 'JSON', 'Entities as CSV', 'Relationships', 'Markdown']) {
    await summary.click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: item }).click();
    expect((await download).suggestedFilename()).toMatch(/-\d{4}-\d{2}-\d{2}\.\w+$/);
  }
  await watcher.expectClean();
});

const FTM_NETWORK = fileURLToPath(new URL('../fixtures/ftm/network.ftm.jsonl', import.meta.url));

test('opening an FtM file and exporting to FtM break no policy and stay on the origin', async ({
  canvas,
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const watcher = await watch(page, baseURL!);
  await canvas.open('/');
  // The FtM model loads in its own chunks, into the worker and into the page, only now.
  await openDatasetFile(page, FTM_NETWORK);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('network');
  await canvas.settled();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('banner').getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Data as FollowTheMoney (Aleph)' }).click();
  expect((await downloaded).suggestedFilename()).toMatch(
    /^network-ftm-everything-[\d-]+\.ftm\.jsonl$/,
  );
  await watcher.expectClean();
});
