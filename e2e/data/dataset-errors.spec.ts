import { expect, test } from '../fixture';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSyntheticDataset } from '../../scripts/fixtures/synthetic-dataset.mjs';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');

test('an invalid dataset gets a list naming every problem', async ({ page }) => {
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('broken-dataset.json') }),
  );
  await page.goto('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Problems in the dataset' }).getByRole('row');
  await expect(rows.filter({ hasText: 'entities[2].type' })).toContainText('nation');
});

test('integrity problems are listed all at once, each with its path', async ({ page }) => {
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('broken-references.json') }),
  );
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Problems in the dataset' });
  await expect(
    table.getByRole('row', { name: /entities\[1\]\.evidence\[0\]\.quote/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /relationships\[0\]\.target .*atlantis/ }),
  ).toBeVisible();
});

test('a dataset that is not JSON, or not there, is said so', async ({ page }) => {
  await page.route('**/data/liaison.json', (route) => route.fulfill({ body: '{ not json' }));
  await page.goto('/');
  await expect(page.getByRole('table', { name: 'Problems in the dataset' })).toContainText(
    'valid JSON',
  );
  await page.unroute('**/data/liaison.json');
  await page.route('**/data/liaison.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.reload();
  await expect(page.getByRole('table', { name: 'Problems in the dataset' })).toContainText(
    'HTTP 404',
  );
});

test('no request leaves the app’s origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto('/entity/viktor-goremykin');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-graph-ready', 'true');
  await page.goto('/source/delegation-visit-report');
  await expect(page.locator('mark').first()).toBeVisible();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('schema and integrity problems are listed together, with where the format is described', async ({
  page,
}) => {
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: fixture('hostile/mixed-problems.json'),
    }),
  );
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Problems in the dataset' });
  await expect(table.getByRole('row', { name: /entities\[1\]\.type .*"nation"/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /entities\[2\]\.id .*"alice" again/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /relationships\[1\]\.target .*"nobody", which is no entity/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /entities\[3\]\.evidence\[0\]\.end .* 999/ }),
  ).toBeVisible();
  await expect(page.getByText('has 10 problems')).toBeVisible();
  await expect(page.getByText(/README, section “Bring your own data”/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'data/examples/minimal.json' })).toHaveAttribute(
    'href',
    '/data/examples/minimal.json',
  );
  await expect(page.getByRole('link', { name: '/data/schema.json' })).toHaveAttribute(
    'href',
    '/data/schema.json',
  );
});

test('thousands of problems are grouped by kind and capped', async ({ page }) => {
  const dataset = createSyntheticDataset(1_200);
  for (const entity of dataset.entities) entity.evidence[0]!.quote += '!';
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto('/');
  await expect(page.getByText('has 1,200 problems')).toBeVisible();
  const table = page.getByRole('table', { name: 'Problems in the dataset' });
  await expect(
    table.getByRole('rowheader', { name: /entities\[…\]\.evidence\[…\]\.quote — 1,200/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /entities\[\d+\]\.evidence/ })).toHaveCount(50);
  await expect(table).toContainText('and 1,150 more of the same kind');
});
