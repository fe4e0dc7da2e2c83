import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shownDataset } from '../helpers';

// Each case opens (or is refused) with the page answering, whatever the input; a freeze of
// seconds shows here as a long task. Times go to the report as annotations, not assertions.
test.describe.configure({ timeout: 90_000 });

const EXAMPLE = readFileSync(
  fileURLToPath(new URL('../../public/data/examples/minimal.json', import.meta.url)),
  'utf8',
);

/** The minimal example with its first entity's name (and an alias) `length` characters long, unbroken. */
function withLongName(length: number): string {
  const dataset = JSON.parse(EXAMPLE) as { entities: { name: string; aliases: string[] }[] };
  dataset.entities[0]!.name = 'Z'.repeat(length);
  dataset.entities[0]!.aliases = ['z'.repeat(length)];
  return JSON.stringify(dataset);
}

/** Records the longest main-thread task from the first byte the page runs. */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const record = window as unknown as { longestTask: number };
    record.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.longestTask = Math.max(record.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longestTask = (page: Page) =>
  page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);

function note(label: string, started: number, longest: number) {
  const answered = Math.round(performance.now() - started);
  test.info().annotations.push({
    type: 'measured',
    description: `${label}: answered in ${answered} ms, longest task ${Math.round(longest)} ms`,
  });
}

for (const [label, length] of [
  ['a 100,000-character name', 100_000],
  ['a 10 MB name', 10_000_000],
] as const) {
  test(`${label} is drawn shortened, with a note, in the list, the panel and search`, async ({
    page,
    canvas,
  }) => {
    await watchLongTasks(page);
    const body = withLongName(length);
    await page.route('**/data/liaison.json', (route) =>
      route.fulfill({ contentType: 'application/json', body }),
    );
    const started = performance.now();
    await page.goto('/');
    await canvas.settled();
    note(label, started, await longestTask(page));
    await expect(page.locator('.panel')).toContainText('2 texts are shown shortened');
    await page.goto('/entity/zoe-ortega');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${'Z'.repeat(199)}…`);
    await expect(page.locator('.panel')).toContainText(
      `The name shown shortened: it has ${length.toLocaleString('en')} characters, and Liaison draws at most 200.`,
    );
    await page.getByRole('combobox', { name: 'Search entities' }).fill('zzzz');
    await expect(page.getByRole('option').first()).toContainText('ZZZZ');
    expect(await longestTask(page)).toBeLessThan(5_000);
  });
}

test('a file with a 10 MB name opens from the picker and again from the store', async ({
  page,
  canvas,
}) => {
  await watchLongTasks(page);
  await page.goto('/');
  await canvas.settled();
  const started = performance.now();
  // From a path, as a picker gives it: a buffer would be decoded on the page's own thread.
  const path = test.info().outputPath('long-name.json');
  writeFileSync(path, withLongName(10_000_000));
  await page.getByLabel('Open a dataset file').setInputFiles(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal example', {
    timeout: 30_000,
  });
  await canvas.settled();
  note('10 MB name, opened', started, await longestTask(page));
  const id = await shownDataset(page).getAttribute('data-dataset-ready');
  const reopened = performance.now();
  await page.reload();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', id!, { timeout: 30_000 });
  await canvas.settled();
  note('10 MB name, reopened from the store', reopened, await longestTask(page));
  expect(await longestTask(page)).toBeLessThan(5_000);
});

/**
 * Goes to a URL within the app, as a link in it or Back would: a server refuses a request line
 * this long (HTTP 431) before the app could see it, but a link followed in the page is read.
 */
async function followLink(page: Page, url: string): Promise<number> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const started = performance.now();
  await page.evaluate((target) => {
    // The state React Router gives an entry of its own, so the app sees a new location.
    history.pushState({ usr: null, key: 'followed', idx: 1 }, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  return started;
}

test.describe('links past their limits', () => {
  test('a search link of 1,000,000 characters answers at once, shortened and named', async ({
    page,
  }) => {
    await watchLongTasks(page);
    const started = await followLink(page, `/?q=${'a'.repeat(1_000_000)}`);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Something went wrong');
    await expect(page.getByRole('alert')).toContainText(
      'longer than 200 characters: shortened to them',
    );
    await expect(page.getByRole('combobox', { name: 'Search entities' })).toHaveValue(
      'a'.repeat(200),
    );
    note('?q= of 1,000,000 characters', started, await longestTask(page));
  });

  test('an entity link of 100,000 characters shows not-found at once', async ({ page }) => {
    await watchLongTasks(page);
    const started = await followLink(page, `/entity/${'a'.repeat(100_000)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `No entity “${'a'.repeat(199)}…”`,
    );
    note('/entity/ of 100,000 characters', started, await longestTask(page));
    expect(await longestTask(page)).toBeLessThan(5_000);
  });

  test('a repeated key is named as dropped, the first value kept', async ({ page }) => {
    await page.goto('/?layout=grid&layout=circle');
    await expect(page.getByRole('alert')).toContainText('layout=circle');
    await expect(page.getByRole('alert')).toContainText('repeated: the first value is kept');
  });
});
