import { expect, test } from '../fixture';
import { dataset } from '../helpers';

const source = dataset.sources[0]!;

/** Every distinct evidence range cited anywhere in the dataset, as "start-end". */
function citedRanges(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => citedRanges(item, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.quote === 'string')
      found.add(`${record.start}-${record.end}`);
    Object.values(record).forEach((item) => citedRanges(item, found));
  }
  return found;
}

test('the source view marks every evidence span and a highlight opens what it supports', async ({
  page,
}) => {
  await page.goto(`/source/${source.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  const marks = page.locator('mark.evidence-mark');
  expect(await marks.count()).toBeGreaterThan(20);
  // The text shown is the source, whole.
  expect(await page.locator('.source-text').textContent()).toBe(source.text);
  // One tab stop per span, however the spans overlap.
  await expect(page.locator('.source-text button')).toHaveCount(
    citedRanges([dataset.entities, dataset.relationships]).size,
  );

  // "Rodong Sinmun" is cited by several facts: choosing it lists them, each a link.
  await marks.filter({ hasText: /^Rodong Sinmun$/ }).click();
  const chooser = page.getByRole('region', { name: 'Chosen passage' });
  await expect(chooser).toBeVisible();
  expect(await chooser.getByRole('link').count()).toBeGreaterThan(2);
  await chooser.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/(entity|relationship)\//);
});

test('a span’s mark names what it supports, in its type’s shape and colour, and lights the span', async ({
  page,
}) => {
  await page.goto(`/source/${source.id}`);
  const quote = 'Viktor Goremykin, Deputy Minister of Defense';
  const marker = page.getByRole('button', {
    name: `Evidence for Person Viktor Goremykin and 1 relationship: “${quote}”`,
  });
  await expect(marker.locator('svg circle')).toHaveCount(1);
  // The name is underlined in the person colour of the graph, the key says what it means.
  const name = page.locator('mark.evidence-mark').filter({ hasText: /^Viktor Goremykin$/ });
  const lines = await name.evaluate((mark) => getComputedStyle(mark).backgroundImage);
  expect(lines).toContain('rgb(47, 111, 214)');
  await expect(page.getByRole('region', { name: 'Key' })).toContainText('Person');

  // Keyboard: focus the mark, the whole span lights up; Enter lists its two facts.
  await marker.focus();
  const lit = page.locator('mark.evidence-mark.is-lit');
  expect((await lit.allTextContents()).join('')).toBe(quote);
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('region', { name: 'Chosen passage' });
  await expect(chooser).toBeFocused();
  await expect(chooser.getByRole('link')).toHaveText([
    'Viktor Goremykin',
    /Viktor Goremykin .*Russian Ministry of Defense/,
  ]);
});

test('the current span is one solid highlight, scrolled into view', async ({ page }) => {
  // A long span near the end of the text, wrapping over several lines and crossing others.
  const [start, end] = [1881, 2042];
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/source/${source.id}?span=${start}-${end}`);
  const current = page.locator('.source-text .current-span');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(source.text.slice(start, end));
  await expect(current).toBeInViewport();
  // Solid: an opaque background, not an outline that breaks into a box per segment.
  const style = await current.evaluate((element) => {
    const { backgroundColor, outlineStyle } = getComputedStyle(element);
    return { backgroundColor, outlineStyle };
  });
  expect(style).toEqual({ backgroundColor: expect.stringMatching(/^rgb\(/), outlineStyle: 'none' });
  // One box per line it wraps over, never several boxes on one line.
  const tops = await current.evaluate((element) =>
    Array.from(element.getClientRects()).map((rect) => Math.round(rect.top)),
  );
  expect(tops.length).toBeGreaterThan(1);
  expect(new Set(tops).size).toBe(tops.length);
});

test('a quote in a panel jumps to its highlighted sentence in the source', async ({ page }) => {
  await page.goto('/entity/park-yong-il');
  await page.getByRole('button', { name: 'Quote', exact: true }).first().click();
  await page.getByRole('link', { name: 'In the source' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/source/${source.id}\\?span=\\d+-\\d+`));
  await expect(page.locator('.source-text .current-span')).toBeInViewport();
  const highlighted = page.getByRole('region', { name: 'Highlighted passage' });
  await expect(highlighted.getByRole('link', { name: /Park Yong-il/ }).first()).toBeVisible();
});
