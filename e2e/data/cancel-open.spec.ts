import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { fileURLToPath } from 'node:url';
import { createSyntheticDataset } from '../../scripts/fixtures/synthetic-dataset.mjs';
import { shownDataset } from '../helpers';

test.describe.configure({ timeout: 90_000 });

const EXAMPLE_PATH = fileURLToPath(
  new URL('../../public/data/examples/minimal.json', import.meta.url),
);
/** Large enough that checking it takes seconds, so there is time to cancel. */
const large = () => ({
  name: 'large.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(createSyntheticDataset(20_000, 2))),
});

const fileInput = (page: Page) => page.getByLabel('Open a dataset file');
const storedTitles = async (page: Page) => {
  await page.getByRole('button', { name: 'Datasets' }).click();
  const list = page.getByRole('list', { name: 'Datasets in this browser' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const titles = await list.getByRole('listitem').allInnerTexts();
  await page.keyboard.press('Escape');
  return titles;
};

test('Cancel stops an open: the worker ends, and nothing is stored or shown', async ({
  page,
  canvas,
}) => {
  await page.goto('/');
  await canvas.settled();
  const workerEnded = new Promise<void>((resolve) => {
    page.on('worker', (worker) => {
      if (worker.url().includes('parse-worker')) worker.on('close', () => resolve());
    });
  });
  await fileInput(page).setInputFiles(large());
  const status = page.locator('.open-status');
  await expect(status).toContainText('Opening large.json');
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toBeEmpty();
  await workerEnded;
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
  expect(await storedTitles(page)).toHaveLength(1);
});

test('a second file opened while the first converts cancels the first', async ({
  page,
  canvas,
}) => {
  await page.goto('/');
  await canvas.settled();
  const firstWorker = page.waitForEvent('worker', (worker) =>
    worker.url().includes('parse-worker'),
  );
  await fileInput(page).setInputFiles(large());
  await expect(page.locator('.open-status')).toContainText('Opening large.json');
  const firstEnded = (await firstWorker).waitForEvent('close');
  await fileInput(page).setInputFiles(EXAMPLE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal example', {
    timeout: 30_000,
  });
  await firstEnded;
  await expect(page.locator('.open-status')).toBeEmpty();
  await page.reload();
  const titles = await storedTitles(page);
  expect(titles.some((title) => title.includes('A minimal example'))).toBe(true);
  expect(titles.some((title) => title.includes('Synthetic'))).toBe(false);
});
