import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { dataset, visibleCounts } from '../helpers';

const nameOf = (id: string) => dataset.entities.find((entity) => entity.id === id)!.name;

async function openTimeline(page: Page) {
  await page.getByText('Timeline', { exact: true }).click();
  return page.getByRole('list', { name: 'Events in time order' });
}

/** The index of the timeline row (one per date) that lists an event. */
async function rowOf(page: Page, id: string) {
  const rows = page.locator('.timeline-slot');
  const names = await rows.evaluateAll((items) =>
    items.map((item) => Array.from(item.querySelectorAll('a')).map((link) => link.textContent)),
  );
  const at = names.findIndex((links) => links.includes(nameOf(id)));
  expect(at, `${id} is on the timeline`).toBeGreaterThanOrEqual(0);
  return at;
}

test('the timeline orders the events as the source implies', async ({ canvas, page }) => {
  await canvas.open('/');
  await expect(await openTimeline(page)).toBeVisible();
  const order = await Promise.all(
    [
      'treaty-signing',
      'deployment-of-north-korean-personnel-to-russia',
      'defence-ministers-meeting',
      'arrival-in-pyongyang',
      'rodong-sinmun-report',
    ].map((id) => rowOf(page, id)),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(new Set(order).size).toBe(order.length);
  // The ceremony is undated, but part of last month's visit: it shares the meeting's row.
  expect(await rowOf(page, 'patriot-park-ceremony')).toBe(order[2]);

  const rows = page.locator('.timeline-slot');
  await expect(rows.nth(order[0]!)).toContainText('June 2023');
  await expect(rows.nth(order[0]!)).toContainText('Precise to the month');
  await expect(rows.nth(order[2]!)).toContainText(
    'Last month Relative: one month before the publication of the source, which is undated.',
  );
  await expect(rows.nth(order[2]!)).toContainText('date not stated; part of');
  await expect(rows.nth(order[3]!)).toContainText(
    `Relative: one day before ${nameOf('rodong-sinmun-report')}.`,
  );
  const undated = page.locator('section', { hasText: 'Date not stated' }).getByRole('listitem');
  await expect(undated.first()).toHaveText(nameOf('russian-delegation-visit-to-north-korea'));
  await expect(undated.nth(1)).toHaveText(nameOf('wreath-laying-at-liberation-tower'));
});

test('choosing an event selects it in the graph, the panel and the timeline', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  const list = await openTimeline(page);
  await list.getByRole('link', { name: nameOf('patriot-park-ceremony') }).click();
  await expect(page).toHaveURL('/entity/patriot-park-ceremony');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf('patriot-park-ceremony'));
  await expect(list.getByRole('link', { name: nameOf('patriot-park-ceremony') })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect
    .poll(async () => (await canvas.inspect()).selected)
    .toEqual(['patriot-park-ceremony']);
});

test('a time window set by keyboard filters the graph and survives a reload', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  const all = await visibleCounts(page);
  await openTimeline(page);
  // Last month only: the start handle two dates on, the end handle two dates back.
  const from = page.getByRole('slider', { name: 'From' });
  const to = page.getByRole('slider', { name: 'To' });
  await from.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await to.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL('/?when=pub-1m..pub-1m');
  await expect(from).toHaveAttribute('aria-valuetext', 'Last month');
  await expect(page.getByRole('status').filter({ hasText: 'The graph shows' })).toHaveText(
    /The graph shows Last month to Last month\./,
  );

  const check = async () => {
    await canvas.settled();
    const drawn = await canvas.inspect();
    const ids = drawn.nodes.map((node) => node.id);
    expect(ids).toContain('patriot-park-ceremony');
    expect(ids).toContain('defence-ministers-meeting');
    expect(ids).toContain('no-kwang-chol');
    expect(ids).not.toContain('arrival-in-pyongyang');
    expect(ids).not.toContain('treaty-signing');
    expect(ids).not.toContain('wreath-laying-at-liberation-tower');
    expect(drawn.visibleNodes).toBeLessThan(all.nodes);
    expect(drawn.visibleEdges).toBeLessThan(all.edges);
    // The legend and the overview count what Cytoscape drew.
    const counts = `${drawn.visibleNodes} of ${all.nodes} entities and ${drawn.visibleEdges} of ${all.edges} relationships`;
    await expect(page.getByText(`Showing ${counts}.`, { exact: true })).toBeVisible();
    return { nodes: drawn.visibleNodes, edges: drawn.visibleEdges };
  };
  const before = await check();
  await page.reload();
  await expect(page).toHaveURL('/?when=pub-1m..pub-1m');
  expect(await check()).toEqual(before);
  // The window opens the timeline after the reload, handles where they were.
  await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute(
    'aria-valuetext',
    'Last month',
  );

  await page.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page).toHaveURL('/');
  // The counts follow Cytoscape's next frames: read them once they have caught up.
  await expect.poll(() => visibleCounts(page)).toEqual(all);
});
