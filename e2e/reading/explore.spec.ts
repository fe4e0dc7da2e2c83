import { expect, test } from '../fixture';
import { dataset, graph, visibleCounts } from '../helpers';
import { SHORTCUTS } from '../../src/features/keyboard/shortcuts';

test('a filtered, focused view survives reload and walks with Back and Forward', async ({
  canvas,
  page,
}) => {
  await canvas.open('/entity/viktor-goremykin');
  await page.keyboard.press('2');
  await expect(page).toHaveURL('/entity/viktor-goremykin?focus=viktor-goremykin&depth=2');
  await page.getByRole('checkbox', { name: /Hide the rest/ }).click();
  await page.getByRole('button', { name: 'Hide speculation' }).click();
  const url =
    '/entity/viktor-goremykin?focus=viktor-goremykin&depth=2&others=hide&hide-certainty=speculated';
  await expect(page).toHaveURL(url);
  const focused = await canvas.counts();
  expect(focused.nodes).toBeLessThan(dataset.entities.length);

  await page.reload();
  await canvas.settled();
  await expect.poll(() => visibleCounts(page)).toEqual(focused);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await expect(page.getByRole('button', { name: 'Show speculation' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goBack();
  await expect(page).toHaveURL(
    '/entity/viktor-goremykin?focus=viktor-goremykin&depth=2&others=hide',
  );
  await page.goBack();
  await expect(page).toHaveURL('/entity/viktor-goremykin?focus=viktor-goremykin&depth=2');
  await expect.poll(async () => (await visibleCounts(page)).nodes).toBe(dataset.entities.length);
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(url);
  await expect.poll(() => visibleCounts(page)).toEqual(focused);
});

test('type filters come from the legend and change what is drawn', async ({ canvas, page }) => {
  await canvas.open('/');
  const people = dataset.entities.filter((entity) => entity.type === 'person').length;
  const checkbox = page.getByRole('checkbox', { name: /People/ });
  await checkbox.click();
  await expect(page).toHaveURL('/?hide-types=person');
  await expect(checkbox).not.toBeChecked();
  await expect(graph(page)).toHaveAttribute(
    'data-visible-nodes',
    String(dataset.entities.length - people),
  );
});

test('a shared link with bad values shows a dismissible notice and still draws the graph', async ({
  canvas,
  page,
}) => {
  await page.goto('/?focus=nobody&depth=9&hide-types=aliens&colour=red');
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('Part of this link could not be used');
  for (const text of ['focus=nobody', 'depth=9', 'hide-types=aliens', 'colour=red']) {
    await expect(notice).toContainText(text);
  }
  await canvas.settled();
  expect((await visibleCounts(page)).nodes).toBe(dataset.entities.length);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('search finds an entity by a variant spelling and opens it', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await expect(search).toBeFocused();
  await search.fill('Pak Yong Il');
  await expect(page).toHaveURL('/?q=Pak+Yong+Il');
  const option = page.getByRole('option', { name: 'Park Yong-il', exact: true });
  await expect(option).toBeVisible();
  await expect(option.locator('mark')).toHaveText(['Park', 'Yong', 'il']);
  await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', /park-yong-il/);
  await search.press('Enter');
  await expect(page).toHaveURL('/entity/park-yong-il');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Park Yong-il');

  await search.fill('Ro Kwang Chol');
  await expect(page.getByRole('option').first()).toHaveText('No Kwang-chol');
});

test('the path view lists each hop between two people with its quote', async ({ page }) => {
  await page.goto('/entity/viktor-goremykin');
  await page.getByRole('button', { name: 'From here' }).click();
  await expect(page).toHaveURL('/entity/viktor-goremykin?from=viktor-goremykin');
  await page.getByLabel('Path to').selectOption('andrey-belousov');
  await expect(page).toHaveURL('/entity/viktor-goremykin?from=viktor-goremykin&to=andrey-belousov');
  const panel = page.getByRole('region', { name: 'How are these two connected?' });
  await expect(panel.getByRole('status')).toContainText('shortest path');
  const hops = panel.locator('.hops > li');
  expect(await hops.count()).toBeGreaterThan(1);
  for (const quote of await panel.locator('.hop-quote').allTextContents()) {
    expect(dataset.sources[0]!.text).toContain(quote);
  }
  await page.reload();
  await expect(panel.locator('.hops > li').first()).toBeVisible();
});

test('keyboard only: reach the graph, move to a neighbour, hear it, open it', async ({
  canvas,
  page,
}) => {
  await canvas.open('/entity/viktor-goremykin');
  await graph(page).focus();
  await page.keyboard.press('ArrowRight');
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toContainText('Viktor Goremykin —');
  await expect(announcer).toContainText(/, (stated|reported|speculated)\. 1 of \d+\./);
  // "A — label — B, certainty. 1 of N.": the neighbour is the end that is not Goremykin.
  const [first, , rest] = (await announcer.textContent())!.split(' — ');
  const other = first === 'Viktor Goremykin' ? rest!.split(',')[0] : first;
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL('/entity/viktor-goremykin');
  await expect(page).toHaveURL(/\/entity\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(other!);
  await expect(graph(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/');
});

test('? opens the list of shortcuts and Escape closes it', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // A header row, then one row per shortcut.
  await expect(dialog.getByRole('row')).toHaveCount(SHORTCUTS.length + 1);
  await expect(dialog).toContainText('Previous / next paragraph');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Copy link copies the current view and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/entity/park-yong-il?focus=park-yong-il');
  // The Clipboard API answers only a focused page; parallel tests may leave this one behind.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/entity/park-yong-il?focus=park-yong-il`,
  );
});

test('parallel relationships between two entities are drawn apart, not merged', async ({
  canvas,
  page,
}) => {
  const pairs = new Map<string, string[]>();
  for (const relationship of dataset.relationships) {
    const key = [relationship.source, relationship.target].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), relationship.id]);
  }
  const parallel = [...pairs.values()].find((ids) => ids.length > 1)!;
  await canvas.open('/');
  const midpoints = await page.evaluate(
    (ids) => ids.map((id) => window.liaisonGraph?.renderedPosition(id)),
    parallel,
  );
  expect(new Set(midpoints.map((point) => JSON.stringify(point))).size).toBe(parallel.length);
});
