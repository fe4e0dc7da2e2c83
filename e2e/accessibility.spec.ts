import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';

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

const views = [
  ['home', '/'],
  ['an entity', '/entity/viktor-goremykin'],
  ['an event', '/entity/arrival-in-pyongyang'],
  ['a relationship', '/relationship/viktor-goremykin-leads-russian-delegation'],
  ['the source', '/source/delegation-visit-report?span=1-60'],
  ['not found', '/entity/nobody'],
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, url] of views) {
    test(`axe finds no WCAG 2 A/AA violations on ${name} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await waitForGraph(page);
      await expectNoViolations(page);
    });
  }
}
