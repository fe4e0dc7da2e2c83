import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { Canvas, expect, test } from '../fixture';
import { openDatasetFile, shownDataset } from '../helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const COUNCIL = fixture('share/council.json');
// The bundled dataset opened as a file of one's own: 45 entities, 93 relationships, one
// article; its link would be ~14,000 characters, above what a link may be.
const LARGE = fileURLToPath(new URL('../../public/data/liaison.json', import.meta.url));

test.describe.configure({ timeout: 90_000 });
const OPENED = { timeout: 30_000 };

const shareMenu = (page: Page) => page.getByText('Share', { exact: true });
const copyWithData = (page: Page) => page.getByRole('button', { name: 'Copy link with data' });

/** Opens a file, goes to a view of it, and copies that view's link with data. */
async function copyLinkWithData(page: Page, file: string, view: (id: string) => string) {
  await page.goto('/');
  await new Canvas(page).settled();
  const id = await openDatasetFile(page, file);
  await page.goto(view(id));
  await new Canvas(page).settled();
  await page.bringToFront();
  await shareMenu(page).click();
  await expect(page.locator('#share-link-size')).toHaveText(
    /^The link holds the dataset \(\d+ kB\): [\d,]+ characters, within the 12,000/,
  );
  await copyWithData(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link with data copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  return { id, link };
}

/** A browser with storage of its own: it has no datasets. */
async function elsewhere(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test('a link with data opens the same view in a browser that has never seen the dataset', async ({
  page,
  context,
  baseURL,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const view = (id: string) =>
    `/entity/ana-moreau?dataset=${id}&focus=ana-moreau&others=hide&hide-certainty=speculated`;
  const { id, link } = await copyLinkWithData(page, COUNCIL, view);
  expect(link).toMatch(
    new RegExp(`^${baseURL}/entity/ana-moreau\\?dataset=${id}&.*#data=[\\w-]+$`),
  );
  expect(link.length).toBeLessThanOrEqual(12_000);
  const before = await page.getByTestId('graph').getAttribute('data-visible-nodes');

  const colleague = await elsewhere(browser);
  await colleague.goto(link);
  await expect(shownDataset(colleague)).toHaveAttribute('data-dataset-ready', id, OPENED);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Ana Moreau');
  await new Canvas(colleague).settled();
  await expect(colleague.getByTestId('graph')).toHaveAttribute('data-visible-nodes', before!);
  await expect(colleague).toHaveURL(link);
  // The view first, then the question.
  const question = colleague.getByRole('dialog', { name: 'Keep this dataset in this browser?' });
  await expect(question).toContainText('“Regional council, spring session” (36 entities');
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(question).toBeHidden();
  // Kept: the address holds only the view, and a plain link now opens it here.
  expect(new URL(colleague.url()).hash).toBe('');
  await colleague.goto(`/?dataset=${id}`);
  await expect(shownDataset(colleague)).toHaveAttribute('data-dataset-ready', id, OPENED);
  await colleague.getByRole('button', { name: 'Datasets' }).click();
  await expect(colleague.getByText('Regional council, spring session').first()).toBeVisible();
  await colleague.context().close();
});

test('a dataset not kept stays for the page, and leaves nothing behind', async ({
  page,
  context,
  baseURL,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const { id, link } = await copyLinkWithData(page, COUNCIL, (id) => `/?dataset=${id}`);
  const colleague = await elsewhere(browser);
  await colleague.goto(link);
  const question = colleague.getByRole('dialog', { name: 'Keep this dataset in this browser?' });
  await question.getByRole('button', { name: 'Not now' }).click();
  await expect(question).toBeHidden();
  // Moving about the page keeps the dataset; a fresh load without the data does not have it.
  await colleague.getByRole('link', { name: 'Bram Jansen' }).first().click();
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Bram Jansen');
  await colleague.goto(`/?dataset=${id}`);
  await expect(
    colleague.getByRole('heading', { name: 'This dataset is not in this browser' }),
  ).toBeVisible();
  await colleague.context().close();
});

test('a dataset too large for a link is offered as a file, which opens to the same view', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await new Canvas(page).settled();
  const id = await openDatasetFile(page, LARGE);
  const view = `/entity/viktor-goremykin?dataset=${id}&focus=viktor-goremykin&others=hide`;
  await page.goto(view);
  await new Canvas(page).settled();
  await shareMenu(page).click();
  await expect(page.locator('#share-link-size')).toHaveText(
    /^Too large for a link \([\d,]+ characters; chat tools carry 12,000 characters whole\)/,
  );
  await expect(copyWithData(page)).toBeDisabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.liaison\.json$/);
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(saved).toMatchObject({ liaison: 'liaison-shared-view', version: 1, view });
  expect(saved.file.text).toBe(await readFile(LARGE, 'utf8'));

  const colleague = await elsewhere(browser);
  await colleague.goto('/');
  await new Canvas(colleague).settled();
  await colleague.getByLabel('Open a dataset file').setInputFiles((await download.path())!);
  await expect(colleague).toHaveURL(view, OPENED);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await expect(shownDataset(colleague)).toHaveAttribute('data-dataset-ready', id);
  await colleague.context().close();
});

test.describe('a link whose data cannot be used says why and keeps nothing', () => {
  let link = '';
  let id = '';
  test.beforeAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    ({ id, link } = await copyLinkWithData(
      await context.newPage(),
      COUNCIL,
      (id) => `/?dataset=${id}`,
    ));
    await context.close();
  });

  const fragmentOf = (text: string) => text.slice(text.indexOf('#data=') + 6);
  const withFragment = (data: string) => `${link.slice(0, link.indexOf('#data=') + 6)}${data}`;
  /** The fragment's bytes changed by `change`, written back as base64url. */
  const changed = (change: (bytes: Buffer) => Buffer) =>
    withFragment(change(Buffer.from(fragmentOf(link), 'base64url')).toString('base64url'));

  for (const [name, make, message] of [
    ['cut short', () => withFragment(fragmentOf(link).slice(0, -40)), /The link is cut short/],
    [
      'changed',
      () => changed((bytes) => Buffer.from(bytes.map((byte, at) => (at === 40 ? byte ^ 1 : byte)))),
      /was changed after the link was made/,
    ],
    [
      'of another version',
      () => changed((bytes) => Buffer.from(bytes.map((byte, at) => (at === 0 ? 2 : byte)))),
      /made by another version of Liaison/,
    ],
  ] as const) {
    test(`a link ${name}`, async ({ browser }) => {
      const colleague = await elsewhere(browser);
      await colleague.goto(make());
      await expect(
        colleague.getByRole('heading', { name: 'The data in this link cannot be used' }),
      ).toBeVisible(OPENED);
      await expect(colleague.getByRole('alert')).toHaveText(message);
      await expect(
        colleague.getByText('Nothing was kept or changed in this browser.'),
      ).toBeVisible();
      // The right file still brings back the view linked.
      await colleague.getByLabel('Open a dataset file').setInputFiles(COUNCIL);
      await expect(shownDataset(colleague)).toHaveAttribute('data-dataset-ready', id, OPENED);
      await colleague.context().close();
    });
  }
});

test('a link to one dataset, answered with another file, says so and keeps the view', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await new Canvas(page).settled();
  const id = await openDatasetFile(page, COUNCIL);
  const link = `/entity/ana-moreau?dataset=${id}&focus=ana-moreau`;
  const colleague = await elsewhere(browser);
  await colleague.goto(link);
  await colleague
    .getByLabel('Open a dataset file')
    .setInputFiles(
      fileURLToPath(new URL('../../public/data/examples/minimal.json', import.meta.url)),
    );
  await expect(colleague.getByRole('alert')).toContainText(
    'The file you opened is a different dataset, not the one this link shows',
    OPENED,
  );
  await expect(colleague).toHaveURL(link);
  await colleague.getByLabel('Open a dataset file').setInputFiles(COUNCIL);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Ana Moreau', OPENED);
  await expect(colleague).toHaveURL(link);
  await colleague.context().close();
});
