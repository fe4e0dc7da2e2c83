import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url)), 'utf8');

/** Serves a fixture in place of the bundled dataset; any dialog (an alert from markup) fails. */
async function serve(page: Page, name: string) {
  await page.route('**/data/liaison.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture(name) }),
  );
  page.on('dialog', (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const panel = (page: Page) => page.locator('.panel');

test.describe('markup and script in every text field', () => {
  for (const [path, name] of [
    ['/entity/mallory', 'Mallory <script>alert("x")</script>'],
    ['/entity/eve', 'javascript:alert(document.cookie)'],
    ['/entity/somewhere', 'data:text/html,<b>bold</b>'],
    ['/entity/the-meeting', '<iframe src="javascript:alert(7)"></iframe>'],
    [
      '/relationship/mallory-met-eve',
      'Mallory <script>alert("x")</script> met <img src=x onerror="alert(1)"> javascript:alert(document.cookie)',
    ],
    ['/source/report', 'Report <img src=x onerror="alert(1)">'],
    ['/', 'Markup <script>alert("x")</script>'],
  ] as const) {
    test(`stay text at ${path}: nothing runs, no link is made of them`, async ({
      canvas,
      page,
    }) => {
      await serve(page, 'markup.json');
      await page.goto(path);
      await expect(heading(page)).toHaveText(name);
      await canvas.settled();
      for (const button of await page.getByRole('button', { name: /quote/i }).all()) {
        await button.click();
      }
      const made = page.locator('main :is(script, img, iframe, style, b, i, u, em)');
      expect(await made.count()).toBe(0);
      const links = page.locator(
        '[href^="javascript:" i], [href^="data:" i], [src^="javascript:" i]',
      );
      expect(await links.count()).toBe(0);
    });
  }

  test('an entity panel shows summary and aliases as written', async ({ page }) => {
    await serve(page, 'markup.json');
    await page.goto('/entity/mallory');
    await expect(panel(page)).toContainText('<a href="javascript:alert(5)">click me</a>');
    await expect(panel(page)).toContainText(
      'Also written: <img src=x onerror="alert(1)">, javascript:alert(4)',
    );
  });
});

test.describe('Object.prototype member names', () => {
  test('a search for "constructor" in the bundled dataset works, after Back and reload too', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Search entities' }).fill('constructor');
    await expect(page).toHaveURL(/q=constructor/);
    await page.goto('/?q=__proto__');
    await page.goBack();
    await page.reload();
    await expect(heading(page)).toBeVisible();
    await expect(heading(page)).not.toHaveText('Something went wrong');
    await expect(page.getByRole('combobox', { name: 'Search entities' })).toHaveValue(
      'constructor',
    );
    await page.goto('/entity/constructor');
    await expect(heading(page)).toHaveText('No entity “constructor”');
  });

  test('work as ids and aliases of entities, relationships and sources', async ({
    canvas,
    page,
  }) => {
    await serve(page, 'prototype-names.json');
    await page.goto('/entity/constructor');
    await expect(heading(page)).toHaveText('constructor');
    await canvas.settled();
    await expect(panel(page)).toContainText('Also written: __proto__, prototype, hasOwnProperty');

    await page.goto('/relationship/isprototypeof');
    await expect(heading(page)).toHaveText('constructor constructor __proto__');
    await page.goto('/relationship/constructor');
    await expect(heading(page)).toHaveText('No relationship “constructor”');
    await page.goto('/source/constructor');
    await expect(heading(page)).toHaveText('constructor');
  });

  for (const [query, found] of [
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['hasOwnProperty', 'hasOwnProperty'],
    ['valueOf', '__proto__'],
  ] as const) {
    test(`a search for ${query} finds ${found}`, async ({ page }) => {
      await serve(page, 'prototype-names.json');
      await page.goto(`/?q=${encodeURIComponent(query)}`);
      const search = page.getByRole('combobox', { name: 'Search entities' });
      await expect(search).toHaveValue(query);
      await search.focus();
      // The option's name may go on with a snippet of where the query matched ("also valueOf").
      const named = new RegExp(`^${found.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}(\\s|$)`);
      // Relationships of that entity may be listed too ("constructor met …"): the entity comes first.
      await expect(page.getByRole('option', { name: named }).first()).toBeVisible();
    });
  }

  test('work as URL values', async ({ canvas, page }) => {
    await serve(page, 'prototype-names.json');
    await canvas.open('/?focus=constructor&depth=2&from=constructor&to=to-string');
    await expect(page.getByRole('toolbar', { name: 'Graph controls' })).toContainText(
      'Focus: constructor',
    );
    await page.goto('/?hide-types=constructor,__proto__&layout=toString&valueOf=1');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('hide-types=constructor');
    await expect(notice).toContainText('hide-types=__proto__');
    await expect(notice).toContainText('layout=toString');
    await expect(notice).toContainText('valueOf=1');
    await page.goto('/entity/__proto__');
    await expect(heading(page)).toHaveText('No entity “__proto__”');
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expect(
      await page.evaluate(() => (Object.prototype as Record<string, unknown>)['polluted']),
    ).toBeUndefined();
  });
});

/** The inline parts of each list item, left to right as drawn, must follow the DOM's order. */
async function expectDrawnInOrder(page: Page, selector: string) {
  const outOfOrder = await page.locator(selector).evaluateAll((items) =>
    items.flatMap((item) => {
      const lefts = Array.from(item.children)
        .filter((child) => child.getClientRects().length === 1)
        .map((child) => child.getBoundingClientRect());
      const oneLine = lefts.every((rect) => Math.abs(rect.top - lefts[0]!.top) < 4);
      const ordered = lefts.every((rect, at) => at === 0 || rect.left > lefts[at - 1]!.left);
      return oneLine && !ordered ? [item.textContent] : [];
    }),
  );
  expect(outOfOrder).toEqual([]);
}

test.describe('bidirectional controls and zero-width characters', () => {
  test('cannot reorder what surrounds a name', async ({ page }) => {
    await serve(page, 'bidi.json');
    await page.goto('/entity/plain');
    await expect(heading(page)).toHaveText('Plain Person');
    await expectDrawnInOrder(page, '.panel li');
    await page.goto('/');
    await page.getByText('Show every relationship').click();
    await expectDrawnInOrder(page, '.panel li');
    await page.goto('/relationship/reversed-met-plain');
    await expectDrawnInOrder(page, '.panel .relationship-ends');
    // Every piece of dataset text in the panel sits in an isolate.
    const leaks = await page.locator('.panel').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const isolated = node.parentElement?.closest('bdi, h1, blockquote, .source-text');
        if (/[\u202A-\u202E\u2066-\u2069]/.test(node.textContent ?? '') && !isolated) {
          found.push(node.textContent ?? '');
        }
      }
      return found;
    });
    expect(leaks).toEqual([]);
  });
});

test.describe('names of 10,000 characters', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    for (const path of ['/entity/long-word', '/entity/long-words', '/', '/relationship/long-met']) {
      test(`wrap without widening the page at ${width}px: ${path}`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await serve(page, 'long-names.json');
        await page.goto(path);
        await expect(heading(page)).toBeVisible();
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        const panelBox = (await panel(page).boundingBox())!;
        const headingBox = (await heading(page).boundingBox())!;
        expect(headingBox.x + headingBox.width).toBeLessThanOrEqual(
          panelBox.x + panelBox.width + 1,
        );
      });
    }
  }
});

test('an empty dataset says it is empty', async ({ page }) => {
  await serve(page, 'empty.json');
  await page.goto('/');
  await expect(heading(page)).toHaveText('An empty dataset');
  await expect(panel(page)).toContainText('This dataset is empty');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to draw' })).toBeVisible();
});

test.describe('files that cannot be read', () => {
  const problems = (page: Page) => page.getByRole('table', { name: 'Problems in the dataset' });

  test('a truncated file names where it ends', async ({ page }) => {
    await serve(page, 'truncated.json');
    await page.goto('/');
    await expect(problems(page)).toContainText('valid JSON');
    await expect(problems(page)).toContainText(/Unterminated string in JSON at position \d+/);
    await expect(page.getByRole('link', { name: '/data/schema.json' })).toBeVisible();
  });

  test('a file that is not JSON is said so', async ({ page }) => {
    await serve(page, 'not-json.html');
    await page.goto('/entity/viktor-goremykin');
    await expect(problems(page)).toContainText(/Unexpected token '<'/);
  });

  test('an empty file is said so', async ({ page }) => {
    await page.route('**/data/liaison.json', (route) => route.fulfill({ body: '' }));
    await page.goto('/');
    await expect(problems(page)).toContainText('an empty file');
  });
});
