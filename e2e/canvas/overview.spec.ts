import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { createSyntheticDataset } from '../../scripts/fixtures/synthetic-dataset.mjs';
import { graph } from '../helpers';

// Above the overview's threshold (2,000 entities), small enough to load in seconds.
const large = createSyntheticDataset(3000);

async function serveLarge(page: Page) {
  const body = JSON.stringify(large);
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
}

function degrees() {
  const degree = new Map<string, number>();
  for (const { source, target } of large.relationships) {
    for (const id of [source, target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  }
  return degree;
}

test('a large dataset starts from an overview grown from its best connected; "show more" lives in the URL', async ({
  canvas,
  page,
}) => {
  test.setTimeout(90_000);
  await serveLarge(page);
  await canvas.open('/');
  await expect(
    page.getByText(
      'Showing 250 of 3,000 entities, grown from the best connected along their links.',
    ),
  ).toBeVisible();
  expect((await canvas.counts()).nodes).toBe(250);
  // What Cytoscape drew holds the best-connected entity and is one connected picture: every
  // drawn entity is reached from it through drawn relationships.
  const drawn = await page.evaluate(() => window.liaisonGraph!.inspect().nodes.map((n) => n.id));
  const degree = degrees();
  const best = large.entities.reduce((a, b) => (degree.get(b.id)! > degree.get(a.id)! ? b : a));
  expect(drawn).toContain(best.id);
  const drawnIds = new Set(drawn);
  const reached = new Set([best.id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const { source, target } of large.relationships) {
      if (!drawnIds.has(source) || !drawnIds.has(target)) continue;
      if (reached.has(source) !== reached.has(target)) {
        reached.add(source).add(target);
        grew = true;
      }
    }
  }
  expect(reached.size).toBe(250);

  await page.getByRole('button', { name: 'Show 500' }).click();
  await expect(page).toHaveURL('/?show=500');
  await canvas.settled();
  expect((await canvas.counts()).nodes).toBe(500);
  await expect(page.getByRole('button', { name: 'Show all 3,000' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL('/');
  await canvas.settled();
  expect((await canvas.counts()).nodes).toBe(250);
});

test('a link to an entity the overview leaves out draws it with its neighbours', async ({
  canvas,
  page,
}) => {
  test.setTimeout(90_000);
  await serveLarge(page);
  const degree = degrees();
  const quiet = large.entities.findLast((entity) => degree.get(entity.id) === 1)!;
  const link = large.relationships.find((r) => r.source === quiet.id || r.target === quiet.id)!;
  const neighbour = link.source === quiet.id ? link.target : link.source;
  await canvas.open(`/entity/${quiet.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiet.name);
  const isDrawn = (id: string) =>
    page.evaluate((elementId) => window.liaisonGraph!.renderedPosition(elementId) !== null, id);
  await expect.poll(() => isDrawn(quiet.id)).toBe(true);
  expect(await isDrawn(neighbour)).toBe(true);
  expect(await isDrawn(link.id)).toBe(true);
  await expect(page.getByText(/, and \d more around what is open\./)).toBeVisible();
  await expect(graph(page)).toHaveAttribute('data-visible-nodes', /^25[1-9]$/);
});
