import { expect, test } from '../fixture';
import { fileURLToPath } from 'node:url';
import { openDatasetFile } from '../helpers';

const EXAMPLE_PATH = fileURLToPath(
  new URL('../../public/data/examples/minimal.json', import.meta.url),
);

// The one spec with the service worker: the others route requests it would answer itself.
test.use({ serviceWorkers: 'allow' });
// Installing the service worker and opening a file take a while on a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

test('once loaded, the app and an opened dataset work without a network', async ({
  canvas,
  page,
  context,
}) => {
  await canvas.open('/');
  // The service worker has cached the app once it is active.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  expect(await openDatasetFile(page, EXAMPLE_PATH)).toMatch(/^a-minimal-example-/);
  const datasetUrl = page.url();

  await context.setOffline(true);
  await page.goto(datasetUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal example');
  await canvas.settled();

  await page.getByRole('link', { name: 'Zoë Ortega' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoë Ortega');
  await page.getByRole('link', { name: 'Kōji Arai' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kōji Arai');
  // A fresh load of another view, still offline, and the bundled dataset too.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kōji Arai');
  await page.goto('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await canvas.settled();
});
