import { expect, test } from '@playwright/test';
import { dataset } from './helpers';

const source = dataset.sources[0]!;

test('the source view highlights every evidence span and a highlight opens what it supports', async ({
  page,
}) => {
  await page.goto(`/source/${source.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  const marks = page.locator('mark.evidence-mark');
  expect(await marks.count()).toBeGreaterThan(20);
  // The text shown is the source, whole.
  expect(await page.locator('.source-text').textContent()).toBe(source.text);

  // "Rodong Sinmun" is cited by several facts: choosing it lists them, each a link.
  await page.getByRole('button', { name: 'Rodong Sinmun' }).first().click();
  const chooser = page.getByRole('region', { name: 'Chosen passage' });
  await expect(chooser).toBeVisible();
  await chooser.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/(entity|relationship)\//);
});

test('a quote in a panel jumps to its highlighted sentence in the source', async ({ page }) => {
  await page.goto('/entity/park-yong-il');
  await page.getByRole('button', { name: 'Quote', exact: true }).first().click();
  await page.getByRole('link', { name: 'In the source' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/source/${source.id}\\?span=\\d+-\\d+`));
  const active = page.locator('mark.evidence-mark.is-active');
  await expect(active.first()).toBeInViewport();
  const highlighted = page.getByRole('region', { name: 'Highlighted passage' });
  await expect(highlighted.getByRole('link', { name: /Park Yong-il/ }).first()).toBeVisible();
});
