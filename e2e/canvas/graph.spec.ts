import { expect, test } from '../fixture';
import { dataset, graph, visibleCounts } from '../helpers';

test('home shows the whole network, laid out, with one node per entity', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  expect(await visibleCounts(page)).toEqual({
    nodes: dataset.entities.length,
    edges: dataset.relationships.length,
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Russian military-political delegation/,
  );
  await expect(page).toHaveTitle('Liaison');
});

test('clicking a node opens its panel and a history entry; Back returns', async ({
  canvas,
  page,
}) => {
  await page.goto('/');
  await canvas.click('viktor-goremykin');
  await expect(page).toHaveURL('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await expect(page).toHaveTitle('Viktor Goremykin — Liaison');

  await canvas.click('park-yong-il');
  await expect(page).toHaveURL('/entity/park-yong-il');

  await page.goBack();
  await expect(page).toHaveURL('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Russian military-political delegation/,
  );
});

test('clicking an edge opens the relationship with its evidence', async ({ canvas, page }) => {
  const relationship = dataset.relationships.find((item) => item.id.includes('leads'))!;
  await page.goto('/');
  await canvas.click(relationship.id);
  await expect(page).toHaveURL(`/relationship/${relationship.id}`);
  await expect(page.getByRole('heading', { name: 'How we know' })).toBeVisible();
  await expect(page.locator('.quotes blockquote').first()).not.toBeEmpty();
});

test('the graph lays out the same way on every load', async ({ canvas, page }) => {
  const positions = async () => {
    await canvas.settled();
    return page.evaluate(
      (ids) => ids.map((id) => window.liaisonGraph?.renderedPosition(id)),
      dataset.entities.slice(0, 8).map((entity) => entity.id),
    );
  };
  await page.goto('/');
  const first = await positions();
  for (const position of first) {
    expect(position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
  }
  // Not all stacked in one place: the layout ran.
  expect(new Set(first.map((position) => Math.round(position!.x))).size).toBeGreaterThan(4);
  await page.reload();
  expect(await positions()).toEqual(first);
});

test('fit and zoom controls work and the layout can be changed', async ({ canvas, page }) => {
  // Rounded to the pixel: Fit animates, and an animation may end a fraction away.
  const position = async () => {
    const point = await page.evaluate(() =>
      window.liaisonGraph?.renderedPosition('viktor-goremykin'),
    );
    return point && { x: Math.round(point.x), y: Math.round(point.y) };
  };
  await canvas.open('/');
  const fitted = await position();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  expect(await position()).not.toEqual(fitted);
  await page.getByRole('button', { name: 'Fit' }).click();
  // Fit animates (250 ms): read the position once it has arrived, not on the way.
  await expect.poll(position).toEqual(fitted);

  await page.getByLabel('Layout').selectOption('circle');
  await expect(page).toHaveURL('/?layout=circle');
  await expect.poll(position).not.toEqual(fitted);
  await canvas.settled();
  await expect(graph(page)).toHaveAttribute('data-visible-nodes', String(dataset.entities.length));
});

test('a link in the panel opens the next panel with focus on its heading', async ({ page }) => {
  await page.goto('/entity/viktor-goremykin');
  const link = page.getByRole('link', { name: 'Main Military-Political Directorate' }).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/entity/main-military-political-directorate');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
