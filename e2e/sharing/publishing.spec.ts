import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Canvas, expect, test } from '../fixture';
import { dataset } from '../helpers';

const SOURCE = dataset.sources[0]! as { title: string; publisher?: string; published?: string };
const CREDIT = `Source: ${[SOURCE.title, SOURCE.publisher, SOURCE.published].filter(Boolean).join(', ')} · made with Liaison`;
const FOCUS = '/entity/viktor-goremykin?focus=viktor-goremykin';

/** "Image for publishing" with these choices; the saved file. */
async function publish(
  page: Page,
  { format = 'PNG picture', width }: { format?: string; width?: string } = {},
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {},
) {
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Image for publishing' }).click();
  const dialog = page.getByRole('dialog', { name: 'Image for publishing' });
  await expect(dialog.getByLabel('Width in pixels')).toHaveValue('1200');
  if (width) await dialog.getByLabel('Width in pixels').fill(width);
  await dialog.getByLabel(format).check();
  await choose(dialog);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save image' }).click(),
  ]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

/** The PNG's pixel at (x, y), read in a blank page. */
async function pixelAt(page: Page, png: Buffer, x: number, y: number) {
  const lab = await page.context().newPage();
  const colour = await lab.evaluate(
    async ([base64, px, py]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(px, py, 1, 1).data.slice(0, 3)];
    },
    [png.toString('base64'), x, y] as const,
  );
  await lab.close();
  return colour;
}

test('the publishing PNG is 1,200 px wide, on a light background even on a dark screen', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(FOCUS);
  await new Canvas(page).settled();
  const { name, body } = await publish(page);
  expect(name).toMatch(/-image-focus-on-viktor-goremykin-\d{4}-\d{2}-\d{2}\.png$/);
  expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(body.readUInt32BE(16)).toBe(1200);
  expect(await pixelAt(page, body, 2, 2)).toEqual([255, 255, 255]);
  await writeFile(test.info().outputPath('publishing.png'), body);
});

test('a dark publishing image when dark is chosen, at the width chosen', async ({ page }) => {
  await page.goto(FOCUS);
  await new Canvas(page).settled();
  const { body } = await publish(page, { width: '800' }, async (dialog) => {
    await dialog.getByLabel('Dark background').check();
  });
  expect(body.readUInt32BE(16)).toBe(800);
  expect(await pixelAt(page, body, 2, 2)).toEqual([0x15, 0x17, 0x1c]);
});

test('the publishing SVG holds the title, only what the view shows, legible labels, a legend and the credit', async ({
  page,
}) => {
  await page.goto(`${FOCUS}&others=fade`);
  await new Canvas(page).settled();
  const { body } = await publish(page, { format: 'SVG drawing' });
  const svg = body.toString('utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" /);
  expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|<image|href=/i);
  expect(svg).toContain('>Focus on Viktor Goremykin</text>');
  expect(svg).toContain(`>${CREDIT.replace(/&/g, '&amp;')}</text>`);
  // The legend names the types and line styles drawn.
  expect(svg).toContain('data-legend="person"');
  expect(svg).toContain('>Person</text>');
  expect(svg).toMatch(/data-legend="(stated|reported)"/);
  // Faded entities stay out; the focus is there.
  expect(svg).toContain('>Viktor Goremykin</text>');
  expect(svg).not.toContain('>Liberation Tower</text>');
  // Every graph label is at least 12 px at 1,200 px.
  const graph = /<g transform="translate\([^)]*\) scale\(([\d.]+)\)">([\s\S]*?)<\/g>/.exec(svg)!;
  const scale = Number(graph[1]);
  const sizes = [...graph[2]!.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * scale);
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.99);
});
