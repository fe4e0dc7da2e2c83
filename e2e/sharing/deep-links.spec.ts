import { expect, test } from '../fixture';
import { dataset } from '../helpers';

// One entity of each type, each on a fresh load: every kind of panel opens from a link alone.
// (Unit tests check that every entity's panel can be derived; this checks the page.)
const onePerType = [...new Map(dataset.entities.map((entity) => [entity.type, entity])).values()];
test(`an entity of each of the ${onePerType.length} types opens by deep link on a fresh load, named in the panel heading`, async ({
  canvas,
  page,
}) => {
  test.setTimeout(120_000);
  for (const entity of onePerType) {
    await page.goto(`/entity/${entity.id}`);
    await expect(page.getByRole('heading', { level: 1 }), entity.id).toHaveText(entity.name);
  }
  await canvas.settled();
});

test('relationships of every certainty open by deep link and show their quotes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const onePerCertainty = new Map(dataset.relationships.map((item) => [item.certainty, item]));
  for (const relationship of onePerCertainty.values()) {
    await page.goto(`/relationship/${relationship.id}`);
    await expect(page.getByRole('heading', { name: 'How we know' }), relationship.id).toBeVisible();
  }
});

test('panels read each link in the article’s words', async ({ page }) => {
  const section = (heading: string) =>
    page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });

  await page.goto('/entity/park-yong-il');
  await expect(section('Greeted')).toContainText(
    'Russian military-political delegation to North Korea',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Met', exact: true })).toHaveCount(0);

  await page.goto('/entity/alexander-matsegora');
  await expect(section('Ambassador to')).toContainText('North Korea');

  await page.goto('/entity/wreath-laying-at-liberation-tower');
  const when = page.locator('.field', { has: page.getByRole('term').filter({ hasText: 'When' }) });
  await expect(when).toHaveText(/When\s*Date not stated/);

  await page.goto('/entity/belousov-characterisation');
  await expect(page.getByText('The article reports, without quotation marks:')).toBeVisible();

  await page.goto('/relationship/patriot-park-near-moscow');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patriot Park near Moscow');
  await expect(page.getByRole('link', { name: /^Show in / })).not.toContainText('characters');
});

test('an unknown entity shows not-found with the closest names as links', async ({ page }) => {
  await page.goto('/entity/viktor-goremykn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No entity “viktor-goremykn”');
  const suggestion = page.getByRole('link', { name: 'Viktor Goremykin' }).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL('/entity/viktor-goremykin');
});

test('unknown relationships, sources and paths get a helpful not-found view', async ({ page }) => {
  await page.goto('/relationship/goremykin-leads-nothing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No relationship/);
  await expect(page.getByRole('heading', { name: 'Did you mean' })).toBeVisible();
  await page.goto('/source/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No source/);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such page');
  await expect(page.getByRole('link', { name: 'Back to the whole network' })).toBeVisible();
});
