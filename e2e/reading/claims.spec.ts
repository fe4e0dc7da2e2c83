import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { dataset } from '../helpers';

const table = (page: Page) => page.getByRole('table');
const bodyRows = (page: Page) => table(page).locator('tbody tr[aria-rowindex]');
const datedEvents = dataset.entities.filter(
  (entity) => entity.type === 'event' && 'date' in entity,
);
const TOTAL = dataset.relationships.length + datedEvents.length;

test('the claims table lists every claim as a sentence, with certainty, date and quote', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Claims' }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByRole('status').filter({ hasText: 'claims' })).toHaveText(
    `Showing ${TOTAL} of ${TOTAL} claims.`,
  );
  // Every row counted for assistive technology; only those near the view are in the page.
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
  expect(await bodyRows(page).count()).toBeLessThan(TOTAL);
  const headers = table(page).getByRole('columnheader');
  await expect(headers).toHaveText([/Claim/, /Type/, /Certainty/, /Date/, /Quote/]);
  await expect(headers.filter({ hasText: 'Quote' })).toHaveAttribute('aria-sort', 'ascending');

  // The greeting reads as a sentence; its row heads the row, and links to the relationship.
  await page.getByLabel('Search the claims').fill('greeted');
  const greeting = bodyRows(page).filter({ hasText: 'Park Yong-il' }).first();
  await expect(greeting.getByRole('rowheader')).toHaveText(/Park Yong-il\s+greeted\s+/);
  await greeting.getByRole('link', { name: 'greeted', exact: true }).click();
  await expect(page).toHaveURL(/\/relationship\//);
});

test('a quote opens its highlighted place in the source', async ({ page }) => {
  await page.goto('/claims?claim-text=June+2023&claim-type=signed');
  const row = bodyRows(page).first();
  await expect(row.getByRole('cell').nth(2)).toHaveText(/June 2023/);
  await row.locator('.claim-quote').click();
  await expect(page).toHaveURL(/\/source\/[^?]+\?span=\d+-\d+$/);
  await expect(page.locator('.source-text mark.current-span')).toBeVisible();
});

test('sorting, filtering and search live in the URL and survive a reload', async ({
  canvas,
  page,
}) => {
  await page.goto('/claims');
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(page).toHaveURL(/sort=date/);
  await expect(bodyRows(page).first().getByRole('cell').nth(2)).toHaveText(/June 2023/);
  await page.getByRole('button', { name: /^Date/ }).click();
  await expect(page).toHaveURL(/sort=-date/);
  await expect(table(page).getByRole('columnheader').filter({ hasText: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  await page.getByRole('button', { name: 'Show only speculated and classified' }).click();
  await expect(page).toHaveURL(/hide-certainty=stated,reported,unknown/);
  const speculated = dataset.relationships.filter((r) => r.certainty === 'speculated').length;
  await expect(bodyRows(page)).toHaveCount(speculated);
  for (const badge of await bodyRows(page).locator('.badge').allTextContents()) {
    expect(badge).toBe('Speculated');
  }
  // The graph shows what the table shows.
  await canvas.settled();
  await expect(page.getByTestId('graph')).toHaveAttribute('data-visible-edges', String(speculated));

  await page.getByLabel('Search the claims').fill('troops');
  await expect(page).toHaveURL(/claim-text=troops/);
  const found = await bodyRows(page).count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(speculated);

  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(bodyRows(page)).toHaveCount(found);
  await expect(page.getByLabel('Search the claims')).toHaveValue('troops');
  await expect(table(page).getByRole('columnheader').filter({ hasText: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(
    page.getByRole('button', { name: 'Show only speculated and classified' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('the type filter keeps one kind of claim; dated events are one', async ({ page }) => {
  await page.goto('/claims');
  await page.getByLabel('Type').selectOption({ label: 'Dated events' });
  await expect(page).toHaveURL(/claim-type=event/);
  await expect(bodyRows(page)).toHaveCount(datedEvents.length);
  await expect(bodyRows(page).getByRole('cell').first()).toHaveText(/^event: /);
});

test('the claims follow the graph: a focus leaves out what lies beyond it', async ({ page }) => {
  await page.goto('/claims?focus=viktor-goremykin&others=hide');
  await expect(page.getByRole('status').filter({ hasText: 'claims' })).toContainText(
    'the graph’s filters, focus or path leave the rest out',
  );
  const shown = Number(await table(page).getAttribute('aria-rowcount')) - 1;
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(TOTAL);
});

test('a long table stays a few dozen rows in the page as it scrolls', async ({ page }) => {
  await page.goto('/claims');
  const scroller = page.getByRole('region', { name: 'Claims table, scrolls' });
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = bodyRows(page).last();
  await expect(last).toHaveAttribute('aria-rowindex', String(TOTAL + 1));
  expect(await bodyRows(page).count()).toBeLessThan(TOTAL);
});
