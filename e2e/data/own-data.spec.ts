import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataset, openDatasetFile, shownDataset } from '../helpers';

const EXAMPLE_PATH = fileURLToPath(
  new URL('../../public/data/examples/minimal.json', import.meta.url),
);
const INVALID_PATH = fileURLToPath(new URL('../fixtures/invalid-own-data.json', import.meta.url));
const EXAMPLE_TITLE = 'A minimal example';

// Opening starts a worker; on a busy two-core machine its first start takes seconds.
test.describe.configure({ timeout: 60_000 });
const OPENED = { timeout: 20_000 };

const fileInput = (page: Page) => page.getByLabel('Open a dataset file');

/** Opens the documented example through the file picker; resolves to its dataset id. */
async function openExample(page: Page): Promise<string> {
  const id = await openDatasetFile(page, EXAMPLE_PATH);
  expect(id).toMatch(/^a-minimal-example-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_TITLE);
  return id;
}

/** Drops a file on the app the way a browser does: dragover, then drop, with a DataTransfer. */
async function dropFile(page: Page, name: string, content: string) {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    [name, content] as const,
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-target')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-target')).toBeHidden();
}

test('a file opened with the picker is checked, shown, and named in the URL', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  const id = await openExample(page);
  expect(new URL(page.url()).search).toBe(`?dataset=${id}`);
  await page.getByRole('link', { name: 'Zoë Ortega' }).first().click();
  await expect(page).toHaveURL(`/entity/zoe-ortega?dataset=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Ortega');
  // Every link of the view keeps the dataset.
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.filter((href) => href !== '/' && !href.includes(`dataset=${id}`))).toEqual([]);
});

test('a file dropped anywhere on the app opens, with a drop target shown while dragging', async ({
  canvas,
  page,
}) => {
  await canvas.open('/entity/viktor-goremykin');
  await dropFile(page, 'minimal.json', readFileSync(EXAMPLE_PATH, 'utf8'));
  await expect(shownDataset(page)).toHaveAttribute(
    'data-dataset-ready',
    /^a-minimal-example-/,
    OPENED,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_TITLE);
});

test('an invalid file lists every problem and leaves the view as it was', async ({
  canvas,
  page,
}) => {
  const view = '/entity/viktor-goremykin?focus=viktor-goremykin&depth=2';
  await canvas.open(view);
  await fileInput(page).setInputFiles(INVALID_PATH);
  const dialog = page.getByRole('dialog', { name: '“invalid-own-data.json” cannot be opened' });
  await expect(dialog).toBeVisible(OPENED);
  const table = dialog.getByRole('table', { name: 'Problems in the file' });
  await expect(table.getByRole('row', { name: /entities\[1\]\.type .*"nation"/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /entities\[2\]\.summary .*nothing/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /relationships\[0\]\.certainty .*"sure"/ }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(view);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
});

test('a file above the size limit is refused before it is read', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(100 * 1024 * 1024 + 1)], 'huge.json'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  });
  const dialog = page.getByRole('dialog', { name: '“huge.json” cannot be opened' });
  await expect(dialog.getByRole('row', { name: /at most 100 MB/ })).toBeVisible(OPENED);
  await expect(page.locator('[data-open-state]')).toHaveAttribute('data-open-state', 'failed');
});

test('the Datasets list shows, switches and removes datasets; the bundled one stays', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  const id = await openExample(page);
  await page.getByRole('button', { name: 'Datasets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Datasets' });
  const list = dialog.getByRole('list', { name: 'Datasets in this browser' });
  const example = list.getByRole('listitem').filter({ hasText: EXAMPLE_TITLE });
  const bundled = list.getByRole('listitem').filter({ hasText: 'comes with Liaison' });
  const year = String(new Date().getFullYear());
  await expect(example).toContainText('4 people, places and things · 2 links · opened');
  await expect(example).toContainText(year);
  await expect(bundled).toContainText(
    `${dataset.entities.length} people, places and things · ${dataset.relationships.length} links`,
  );
  await expect(bundled.getByRole('button', { name: /Remove/ })).toHaveCount(0);

  await bundled.getByRole('link').click();
  await expect(dialog).toBeHidden();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
  await expect(page).toHaveURL('/');

  await page.getByRole('button', { name: 'Datasets' }).click();
  await example.getByRole('link', { name: EXAMPLE_TITLE }).click();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', id);

  await page.getByRole('button', { name: 'Datasets' }).click();
  await example.getByRole('button', { name: `Remove “${EXAMPLE_TITLE}”` }).click();
  await expect(example).toHaveCount(0);
  // Removing the dataset in use shows the bundled one.
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(example).toContainText('4 people, places and things');
  await page.reload();
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(example).toBeVisible();
});

test('a reload keeps the dataset and the view the URL names', async ({ canvas, page }) => {
  await page.goto('/');
  const id = await openExample(page);
  await page.goto(`/entity/koji-arai?dataset=${id}&focus=koji-arai&others=hide`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kōji Arai');
  await page.reload();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', id);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kōji Arai');
  await canvas.settled();
  await expect(page.getByTestId('graph')).toHaveAttribute('data-visible-nodes', '2');
});

test('a link to a dataset this browser lacks explains, and opening the file shows the view', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const id = await openExample(page);
  const link = `/entity/koji-arai?dataset=${id}`;
  // Another browser: storage of its own, so it has no datasets.
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(link);
  await expect(
    elsewhere.getByRole('heading', { name: 'This dataset is not in this browser' }),
  ).toBeVisible();
  await expect(
    elsewhere.getByText(
      'This link shows a dataset called “a minimal example” that is stored only in the browser that made it.',
    ),
  ).toBeVisible();
  // The same file brings back the very view linked.
  await fileInput(elsewhere).setInputFiles(EXAMPLE_PATH);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Kōji Arai', OPENED);
  await expect(elsewhere).toHaveURL(link);
  await elsewhere.context().close();
});

const hostile = (name: string) =>
  fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url));

test.describe('opened files that cannot be used say why and change nothing', () => {
  for (const [name, problem] of [
    ['truncated.json', /valid JSON.*Unterminated string in JSON at position \d+/],
    ['not-json.html', /a Liaison dataset \(a JSON object\).*a file starting "<!doctype html>/i],
    ['mixed-problems.json', /entities\[\d+\]\..*/],
  ] as const) {
    test(name, async ({ canvas, page }) => {
      await canvas.open('/entity/viktor-goremykin');
      await fileInput(page).setInputFiles(hostile(name));
      const dialog = page.getByRole('dialog', { name: `“${name}” cannot be opened` });
      const table = dialog.getByRole('table', { name: 'Problems in the file' });
      await expect(table.getByRole('row', { name: problem }).first()).toBeVisible(OPENED);
      await expect(dialog.getByRole('link', { name: 'data/examples/minimal.json' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(page).toHaveURL('/entity/viktor-goremykin');
      await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
    });
  }

  test('an empty file', async ({ canvas, page }) => {
    await canvas.open('/');
    await fileInput(page).setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(''),
    });
    const dialog = page.getByRole('dialog', { name: '“empty.json” cannot be opened' });
    await expect(dialog.getByRole('row', { name: /an empty file/ })).toBeVisible(OPENED);
  });
});

test('an opened file whose ids are Object.prototype names works like any other', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  await openDatasetFile(page, hostile('prototype-names.json'));
  await canvas.settled();
  await page.getByRole('link', { name: 'constructor', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('constructor');
});
