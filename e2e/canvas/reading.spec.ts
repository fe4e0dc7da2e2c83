import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { dataset, isInside, overlappingLabels, type GraphInspection } from '../helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const neighboursOf = (id: string) =>
  dataset.relationships.flatMap((relationship) =>
    relationship.source === id
      ? [relationship.target]
      : relationship.target === id
        ? [relationship.source]
        : [],
  );

function expectReadable(drawn: GraphInspection) {
  for (const label of drawn.labels) expect(label.fontPx, label.id).toBeGreaterThanOrEqual(11);
  expect(overlappingLabels(drawn)).toEqual([]);
  for (const label of drawn.labels) expect(isInside(label.box, drawn), label.id).toBe(true);
}

function expectNoSquashedNode(drawn: GraphInspection) {
  for (const { id, box } of drawn.nodes) {
    expect(Math.max(box.w / box.h, box.h / box.w), id).toBeLessThanOrEqual(2.5);
  }
}

test('home labels at least half the entities, legibly, none over another', async ({
  canvas,
  page,
}) => {
  await page.goto('/');
  const drawn = await canvas.inspect();
  expect(drawn.labels.length).toBeGreaterThanOrEqual(dataset.entities.length / 2);
  expectReadable(drawn);
  expectNoSquashedNode(drawn);
});

test('zooming in reveals labels that had no room', async ({ canvas, page }) => {
  await page.goto('/');
  const before = await canvas.inspect();
  const labelled = new Set(before.labels.map((label) => label.id));
  for (let step = 0; step < 3; step++) await page.keyboard.press('+');
  const after = await canvas.inspect();
  expect(after.zoom).toBeGreaterThan(before.zoom * 1.5);
  expect(after.labels.some((label) => !labelled.has(label.id))).toBe(true);
  expectReadable(after);
});

test('labels stay legible and apart while the wheel zooms out, and return once it rests', async ({
  canvas,
  page,
}) => {
  await page.goto('/');
  const before = await canvas.inspect();
  const box = (await page.getByTestId('graph').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let notch = 0; notch < 4; notch++) {
    await page.mouse.wheel(0, 120);
    // Read while the view still moves, before labels are placed again.
    expectReadable(await page.evaluate(() => window.liaisonGraph!.inspect()));
  }
  await expect.poll(async () => (await canvas.inspect()).labels.length).toBeGreaterThan(5);
  const after = await canvas.inspect();
  expect(after.zoom).toBeLessThan(before.zoom);
  expectReadable(after);
});

test('hovering a node shows its label', async ({ canvas, page }) => {
  await page.goto('/');
  const drawn = await canvas.inspect();
  const labelled = new Set(drawn.labels.map((label) => label.id));
  const unlabelled = drawn.nodes.find(
    (node) => !labelled.has(node.id) && isInside(node.box, drawn),
  );
  expect(unlabelled).toBeDefined();
  const point = await page.evaluate(
    (id) => window.liaisonGraph!.renderedPosition(id)!,
    unlabelled!.id,
  );
  await page.mouse.move(point.x, point.y);
  await expect
    .poll(async () => (await canvas.inspect()).labels.some((label) => label.id === unlabelled!.id))
    .toBe(true);
});

test('opening an entity frames it and all its neighbours', async ({ canvas, page }) => {
  await page.goto('/entity/viktor-goremykin');
  const drawn = await canvas.inspect();
  const boxes = new Map(drawn.nodes.map((node) => [node.id, node.box]));
  for (const id of ['viktor-goremykin', ...neighboursOf('viktor-goremykin')]) {
    expect(isInside(boxes.get(id)!, drawn), id).toBe(true);
  }
  expect(drawn.labels.map((label) => label.id)).toContain('viktor-goremykin');
  expectReadable(drawn);
  expectNoSquashedNode(drawn);
});

test('the path view frames the path, fades the rest and says so', async ({ canvas, page }) => {
  await page.goto('/?from=viktor-goremykin&to=andrey-belousov');
  const drawn = await canvas.inspect();
  const onPath = ['viktor-goremykin', 'russian-ministry-of-defense', 'andrey-belousov'];
  // Faded nodes are not reported as drawn: only the path stands.
  expect(drawn.nodes.map((node) => node.id).sort()).toEqual([...onPath].sort());
  for (const node of drawn.nodes) expect(isInside(node.box, drawn), node.id).toBe(true);
  expect(drawn.labels.map((label) => label.id).sort()).toEqual([...onPath].sort());
  expectReadable(drawn);
  expectNoSquashedNode(drawn);
  await expect(page.getByText('The path is highlighted; everything else is faded.')).toBeVisible();

  await page.getByRole('button', { name: 'Fit' }).click();
  const fitted = await canvas.inspect();
  expect(fitted.zoom).toBeLessThan(drawn.zoom);
  expectNoSquashedNode(fitted);
});

test('link filters hide what they leave unconnected, say how much is shown, and can keep it', async ({
  canvas,
  page,
}) => {
  await canvas.open('/?hide-certainty=stated,reported');
  const unlinked = await canvas.inspect();
  const speculated = dataset.relationships.filter((item) => item.certainty === 'speculated');
  expect(unlinked.visibleEdges).toBe(speculated.length);
  const ends = new Set(speculated.flatMap((item) => [item.source, item.target]));
  expect(unlinked.visibleNodes).toBe(ends.size);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Showing ${ends.size} of ${dataset.entities.length} entities` })
      .first(),
  ).toBeVisible();

  const keep = page.getByLabel(/Keep entities the link filters leave unconnected/);
  await keep.click();
  await expect(page).toHaveURL(/unlinked=show/);
  await expect(keep).toBeChecked();
  await expect
    .poll(async () => (await canvas.inspect()).visibleNodes)
    .toBe(dataset.entities.length);
});

/** Where the panel's heading sits, once it is drawn (a panel that is still opening has no box). */
async function headingTop(page: Page) {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeInViewport();
  return (await heading.boundingBox())!.y;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the panel comes first, the graph is one tap away, and a tap brings the panel back', async ({
    canvas,
    page,
  }) => {
    await page.goto('/entity/park-yong-il');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Park Yong-il');
    expect(await headingTop(page)).toBeLessThan(844 / 2);
    await expect(page.getByTestId('graph')).toBeHidden();

    await page.getByRole('button', { name: 'Show the graph' }).click();
    await expect(page.getByTestId('graph')).toBeVisible();
    const drawn = await canvas.inspect();
    expect(drawn.height).toBeGreaterThan(844 / 2);
    expectReadable(drawn);
    expect(drawn.labels.length).toBeGreaterThan(5);

    const neighbour = neighboursOf('park-yong-il').find((id) =>
      drawn.nodes.some((node) => node.id === id),
    )!;
    await canvas.click(neighbour);
    await expect(page).toHaveURL(`/entity/${neighbour}`);
    await expect(page.getByTestId('graph')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Park Yong-il');
    expect(await headingTop(page)).toBeLessThan(844 / 2);
  });

  test('every control is at least 24 CSS pixels tall and wide', async ({ page }) => {
    await page.goto('/entity/park-yong-il');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll('button, select, summary, input[type="checkbox"]'))
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => ({ text: element.textContent, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text }) => text),
    );
    expect(small).toEqual([]);
  });
});
