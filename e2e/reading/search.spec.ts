import { expect, test } from '../fixture';
import { dataset } from '../helpers';

const searchBox = (page: import('@playwright/test').Page) =>
  page.getByRole('combobox', { name: 'Search entities' });

test('choosing a result opens it and leaves the search box empty, q gone from the URL', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  const search = searchBox(page);
  await search.fill('Goremykin');
  await expect(page).toHaveURL('/?q=Goremykin');
  await page.getByRole('option', { name: 'Viktor Goremykin', exact: true }).click();
  await expect(page).toHaveURL('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  await expect(search).toHaveValue('');
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  // By keyboard too.
  await search.fill('Belousov');
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page).toHaveURL('/entity/andrey-belousov');
  await expect(search).toHaveValue('');
});

test('“greeted” lists the greetings as relationships, each opening its relationship', async ({
  canvas,
  page,
}) => {
  const nameOf = (id: string) => dataset.entities.find((entity) => entity.id === id)?.name;
  const greetings = dataset.relationships
    .filter((relationship) => relationship.type === 'greeted')
    .map((relationship) => `${nameOf(relationship.source)} greeted ${nameOf(relationship.target)}`);
  expect(greetings.length).toBeGreaterThan(1);
  await canvas.open('/');
  await searchBox(page).fill('greeted');
  const group = page.getByRole('group', { name: 'Relationships' });
  for (const greeting of greetings)
    await expect(group.getByRole('option', { name: greeting, exact: true })).toBeVisible();
  // The match is marked in the sentence; an entity found by its quote shows that quote.
  await expect(group.getByRole('option').first().locator('mark')).toHaveText(['greeted']);
  const event = page.getByRole('option', { name: /^Arrival in Pyongyang/ });
  await expect(event.locator('.search-snippet')).toHaveText(
    '“The delegation was greeted by Park Yong-il”',
  );
  await expect(event.locator('.search-snippet mark')).toHaveText(['greeted']);

  await group.getByRole('option', { name: /^Park Yong-il greeted/ }).click();
  await expect(page).toHaveURL('/relationship/park-yong-il-greeted-russian-delegation');
  await expect(searchBox(page)).toHaveValue('');
});

test('stop-words in a query are not highlighted', async ({ canvas, page }) => {
  await canvas.open('/');
  await searchBox(page).fill('Ministry of Defence');
  const option = page.getByRole('option', { name: 'Russian Ministry of Defense', exact: true });
  await expect(option.locator('mark')).toHaveText(['Ministry', 'Defense']);
});
