import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { fileURLToPath } from 'node:url';
import { openDatasetFile } from '../helpers';

const NETWORK = fileURLToPath(new URL('../fixtures/ftm/network.ftm.jsonl', import.meta.url));
const DANGLING = fileURLToPath(new URL('../fixtures/ftm/dangling.ftm.jsonl', import.meta.url));

// Opening starts a worker that loads the FtM model; on a busy two-core machine that takes seconds.
test.describe.configure({ timeout: 60_000 });
const OPENED = { timeout: 20_000 };

async function openFtm(page: Page, path: string, title: string): Promise<string> {
  const id = await openDatasetFile(page, path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return id;
}

test('an FtM file opened with the picker: names in every script, links, a path, kept on reload', async ({
  canvas,
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await canvas.open('/');
  // The FtM model costs the home page nothing: its chunks load when an FtM file is opened.
  expect(scripts.filter((path) => /ftm-/.test(path))).toEqual([]);
  const id = await openFtm(page, NETWORK, 'network');
  expect(id).toMatch(/^network-/);
  await canvas.settled();
  // Every thing of the file is drawn; intervals and entity-typed properties are edges. The
  // canvas swaps datasets a frame or two after the app names the new one.
  await expect
    .poll(async () => {
      const drawn = await canvas.inspect();
      return [drawn.visibleNodes, drawn.visibleEdges];
    })
    .toEqual([15, 19]);

  // Found by her Cyrillic name.
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill('Анна Иванова');
  const option = page.getByRole('option', { name: /^Anna Ivanova/ }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(`/entity/demo-person-anna-ivanova?dataset=${id}`);
  const panel = page.locator('article.details');
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Anna Ivanova');
  await expect(panel.locator('.aliases')).toHaveText(
    'Also written: Анна Иванова, Anna Ivanovna Ivanova, A. Ivanova',
  );
  await expect(panel.locator('.record-evidence')).toContainText(
    'From the record demo-person-anna-ivanova (Person) in network, published by Demo Registry',
  );
  const owns = panel.locator('section.facts', { has: page.getByRole('heading', { name: 'Owns' }) });
  await expect(
    owns.getByRole('link', { name: 'Northwind Holdings Ltd', exact: true }),
  ).toBeVisible();
  const family = panel.locator('section.facts', {
    has: page.getByRole('heading', { name: 'Family' }),
  });
  await expect(family.getByRole('link', { name: 'Pavel Ivanov', exact: true })).toBeVisible();
  await expect(family).toContainText('brother');
  const more = panel.locator('.record-properties');
  await expect(more.getByRole('definition').first()).toBeVisible();
  await expect(more).toContainText('Nationality');

  // A Chinese name finds its person too.
  await search.fill('王建国');
  await expect(page.getByRole('option').first()).toContainText('Wang Jianguo');
  await search.press('Escape');

  // From Anna to Jade River Trading: through her associate Wang, who owns it.
  await page.getByRole('button', { name: 'From here' }).click();
  await page.getByLabel('Path to').selectOption('demo-company-jade-river');
  const paths = page.getByRole('region', { name: 'How are these two connected?' });
  await expect(paths.getByRole('status')).toContainText('shortest path');
  await expect(paths.locator('.hops > li')).toHaveCount(2);
  await expect(paths.locator('.hops > li').nth(1)).toContainText('owns');

  await page.reload();
  await expect(page).toHaveURL(/from=demo-person-anna-ivanova&to=demo-company-jade-river/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anna Ivanova', OPENED);
  await expect(paths.locator('.hops > li')).toHaveCount(2);

  // A link opened from the panel: the ownership with its year and percentage, from the record.
  await page.goto(`/relationship/demo-ownership-1?dataset=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Anna Ivanova owns Northwind Holdings Ltd',
    OPENED,
  );
  await expect(page.locator('.fields').first()).toContainText('When2014 Precise to the year.');
  await expect(page.locator('.record-properties')).toContainText('Percentage held60');
  await expect(page.locator('.record-evidence')).toContainText('From the record demo-ownership-1');
});

test('an FtM file with references it does not contain opens and says what it skipped', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  await openFtm(page, DANGLING, 'dangling');
  await expect(page.locator('.notes').first()).toContainText(
    'Skipped 3 references to entities the file does not contain: Ownership.asset (1), Family.relative (1), Passport.holder (1).',
  );
});

test('the current dataset exports as FtM JSON lines, which open again as the same graph', async ({
  canvas,
  page,
}, testInfo) => {
  await canvas.open('/');
  const bundled = await canvas.inspect();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('banner').getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Data as FollowTheMoney (Aleph)' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(/-ftm-everything-\d{4}-\d{2}-\d{2}\.ftm\.jsonl$/);
  const text = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString('utf8').trim().split('\n');
  const schemata = new Set(lines.map((line) => (JSON.parse(line) as { schema: string }).schema));
  expect([...schemata]).toEqual(
    expect.arrayContaining(['Article', 'Person', 'Note', 'UnknownLink']),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('.ftm.jsonl');

  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  await openDatasetFile(page, saved);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    download.suggestedFilename().replace('.ftm.jsonl', ''),
  );
  await canvas.settled();
  const reopened = await canvas.inspect();
  expect([reopened.visibleNodes, reopened.visibleEdges]).toEqual([
    bundled.visibleNodes,
    bundled.visibleEdges,
  ]);
  await expect(page.locator('.source-links')).toContainText('Source:');
});
