import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { openDatasetFile } from '../helpers';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    })),
  ).toEqual([]);
}

/** One page load, checked in each colour scheme: the scheme changes only colours. */
async function expectNoViolationsIn(page: Page, schemes: readonly ('light' | 'dark')[]) {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await expectNoViolations(page);
  }
}

const views = [
  ['home', '/'],
  ['an entity', '/entity/viktor-goremykin'],
  ['an event', '/entity/arrival-in-pyongyang'],
  ['a relationship', '/relationship/viktor-goremykin-leads-russian-delegation'],
  ['the source', '/source/delegation-visit-report?span=1-60'],
  ['not found', '/entity/nobody'],
  [
    'a focused, filtered view',
    '/entity/viktor-goremykin?focus=viktor-goremykin&depth=2&hide-certainty=speculated',
  ],
  ['the path view', '/?from=viktor-goremykin&to=andrey-belousov'],
  ['a link notice', '/?depth=7&layout=spiral'],
  // A time window opens the timeline: its handles, its rows and the event chosen from it.
  ['the timeline', '/entity/patriot-park-ceremony?when=pub-1m..pub-1m'],
  ['a walkthrough', '/walkthrough/delegation-visit-report?step=4'],
] as const;

// Every view in the light theme; the dark theme changes only colours, so the views with the
// most kinds of colour (marks, badges, lists) are checked in it too.
const darkViews = new Set(['home', 'an entity', 'the source', 'the timeline', 'a walkthrough']);
for (const [name, url] of views) {
  const schemes = darkViews.has(name) ? (['light', 'dark'] as const) : (['light'] as const);
  test(`axe finds no WCAG 2 A/AA violations on ${name} (${schemes.join(', ')})`, async ({
    canvas,
    page,
  }) => {
    await canvas.open(url);
    await expectNoViolationsIn(page, schemes);
  });
}

test('axe finds no violations with the search results open', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.getByRole('combobox', { name: 'Search entities' }).fill('korea');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations in the shortcuts dialog', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations in the Datasets dialog', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.getByRole('button', { name: 'Datasets' }).click();
  await expect(page.getByRole('dialog', { name: 'Datasets' })).toContainText(
    '45 people, places and things',
  );
  await expectNoViolations(page);
});

test('axe finds no violations in the problems of a file that cannot be opened', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  await page.getByLabel('Open a dataset file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "title": 1 }'),
  });
  // Opening starts a worker: its first start takes a few seconds on a busy machine.
  await expect(page.getByRole('dialog', { name: '“broken.json” cannot be opened' })).toBeVisible({
    timeout: 20_000,
  });
  await expectNoViolations(page);
});

test('axe finds no violations on a link to a dataset this browser lacks', async ({ page }) => {
  await page.goto('/?dataset=someone-else-0123456789ab');
  await expect(
    page.getByRole('heading', { name: 'This dataset is not in this browser' }),
  ).toBeVisible();
  await expectNoViolations(page);
});

// The timeline and the walkthrough were made for narrow panels: check them at phone width too.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  for (const [name, url] of views.filter(
    ([name]) => name === 'the timeline' || name === 'a walkthrough',
  )) {
    test(`axe finds no violations on ${name} (light, dark)`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolationsIn(page, ['light', 'dark']);
    });
  }
});

test('axe finds no violations with the timeline opened and no window', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.getByText('Timeline', { exact: true }).click();
  await expect(page.getByRole('slider', { name: 'From' })).toBeVisible();
  await expectNoViolations(page);
});

// The claims table in both themes, on a desktop and on a phone (390 × 844).
for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`axe finds no violations on the claims table (light, dark, ${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/claims?sort=-date&hide-certainty=unknown');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolationsIn(page, ['light', 'dark']);
  });
}

test('axe finds no violations with the export menu open', async ({ canvas, page }) => {
  await canvas.open('/');
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Graph as SVG image' })).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations on an opened FtM file: an entity and a link from the record', async ({
  canvas,
  page,
}) => {
  // Opening starts a worker that loads the FtM model, and axe runs twice: slow on a busy machine.
  test.setTimeout(60_000);
  await canvas.open('/');
  const id = await openDatasetFile(
    page,
    new URL('../fixtures/ftm/network.ftm.jsonl', import.meta.url).pathname,
  );
  await page.goto(`/entity/demo-person-anna-ivanova?dataset=${id}`);
  await expect(page.locator('.record-properties')).toBeVisible({ timeout: 20_000 });
  await expectNoViolations(page);
  await page.goto(`/relationship/demo-directorship-1?dataset=${id}`);
  await expect(page.locator('.record-evidence')).toBeVisible({ timeout: 20_000 });
  await expectNoViolations(page);
});
