import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { shownDataset } from '../helpers';

test.describe.configure({ timeout: 60_000 });

interface Seed {
  id: string;
  info?: unknown;
  /** Text for a Blob, or `{ text }` to store the text itself where a Blob belongs. */
  file?: string | { text: string };
}

const info = (id: string, fields: object = {}) => ({
  id,
  title: `Title of ${id}`,
  fileName: `${id}.json`,
  entities: 1,
  relationships: 0,
  bytes: 10,
  openedAt: '2026-01-01T10:00:00.000Z',
  ...fields,
});

/** Writes records into the app's store as another version or a damaged profile might have. */
async function seedStore(page: Page, seeds: Seed[]) {
  await page.evaluate(async (records) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('liaison-datasets', 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('infos');
        request.result.createObjectStore('files');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction(['infos', 'files'], 'readwrite');
    for (const { id, info: details, file } of records) {
      if (details !== undefined) transaction.objectStore('infos').put(details, id);
      if (file !== undefined) {
        const value = typeof file === 'string' ? new Blob([file]) : file.text;
        transaction.objectStore('files').put(value, id);
      }
    }
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    database.close();
  }, seeds);
}

const BAD_DATE = 'bad-date-aaaaaaaaaaaa';
const STRING_FILE = 'string-file-bbbbbbbbbbbb';
const GARBAGE = 'garbage-cccccccccccc';

test('damaged stored records are listed as cannot be read, each with Remove; the app goes on', async ({
  page,
}) => {
  await page.goto('/');
  await seedStore(page, [
    { id: BAD_DATE, info: info(BAD_DATE, { openedAt: 'the day before yesterday' }), file: '{}' },
    { id: STRING_FILE, info: info(STRING_FILE), file: { text: '{"schemaVersion":1}' } },
    { id: GARBAGE, info: info(GARBAGE), file: '\u0000\u0001 not a dataset' },
  ]);
  await page.reload();
  await page.getByRole('button', { name: 'Datasets' }).click();
  const dialog = page.getByRole('dialog', { name: 'Datasets' });
  const row = (text: string) => dialog.getByRole('listitem').filter({ hasText: text });
  await expect(row(BAD_DATE)).toContainText(
    'Cannot be read: it has no readable the time it was opened.',
  );
  await expect(row(STRING_FILE)).toContainText(
    'Cannot be read: its file is missing or is not a file.',
  );
  await expect(row('Title of garbage')).toContainText('opened');

  await row(BAD_DATE)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(row(BAD_DATE)).toHaveCount(0);
  await row(STRING_FILE)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(row(STRING_FILE)).toHaveCount(0);
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Escape');

  // A link to the string file names the problem and offers Remove, not "e.stream is not a function".
  await seedStore(page, [{ id: STRING_FILE, info: info(STRING_FILE), file: { text: 'x' } }]);
  await page.goto(`/?dataset=${STRING_FILE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'This stored dataset cannot be read',
  );
  await page.getByRole('button', { name: 'Remove it from this browser' }).click();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');

  // A garbage file names its problems, offers Remove, and is then listed as cannot be read.
  await page.goto(`/?dataset=${GARBAGE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This dataset cannot be shown');
  await expect(page.getByRole('button', { name: 'Remove it from this browser' })).toBeVisible();
  await page.getByRole('link', { name: 'Reload Liaison' }).click();
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(row('Title of garbage')).toBeVisible();
  await page.goto(`/?dataset=${GARBAGE}`);
  await page.getByRole('button', { name: 'Remove it from this browser' }).click();
  await expect(shownDataset(page)).toHaveAttribute('data-dataset-ready', 'bundled');
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
});
