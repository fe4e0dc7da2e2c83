import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { Canvas, expect, test } from '../fixture';
import { dataset } from '../helpers';

/**
 * The SVG export against what Cytoscape drew: the same shapes of each kind, and, rasterised by
 * Chromium, the same picture as the PNG export of the same view, within a stated tolerance.
 */

// A pixel "differs" when a channel is off by more than 64 of 255 (anti-aliasing and text
// hinting stay below that). At most 0.5% of all pixels may differ, and at most 5% of the inked
// ones (those not the background in the PNG), so a missing label or shape cannot hide in the
// background. Measured: 0.04–0.21% of all pixels.
const CHANNEL_TOLERANCE = 64;
const PIXEL_TOLERANCE = 0.005;
const INK_TOLERANCE = 0.05;

const SOURCE = dataset.sources[0]!.id;
const VIEWS = [
  ['home', '/'],
  ['entity', '/entity/viktor-goremykin'],
  ['path', '/?from=viktor-goremykin&to=andrey-belousov'],
  ['walkthrough', `/walkthrough/${SOURCE}?step=4`],
] as const;

async function exportFile(page: Page, item: string): Promise<Buffer> {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return readFile((await download.path())!);
}

/** Both pictures drawn into canvases in a blank page (no policy there), and compared. */
async function compare(page: Page, svg: string, png: Buffer) {
  const lab = await page.context().newPage();
  await lab.goto('about:blank');
  const result = await lab.evaluate(
    async ([svgText, pngBase64, channel]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error(`could not load ${src.slice(0, 30)}`));
          image.src = src;
        });
      const [fromSvg, fromPng] = await Promise.all([
        load(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`),
        load(`data:image/png;base64,${pngBase64}`),
      ]);
      const width = fromPng.naturalWidth;
      const height = fromPng.naturalHeight;
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const a = pixels(fromSvg);
      const b = pixels(fromPng);
      let differing = 0;
      let inked = 0;
      const isBackground = (at: number) =>
        Math.abs(b[at]! - b[0]!) + Math.abs(b[at + 1]! - b[1]!) + Math.abs(b[at + 2]! - b[2]!) < 24;
      for (let at = 0; at < a.length; at += 4) {
        if (!isBackground(at)) inked++;
        const off = Math.max(
          Math.abs(a[at]! - b[at]!),
          Math.abs(a[at + 1]! - b[at + 1]!),
          Math.abs(a[at + 2]! - b[at + 2]!),
        );
        if (off > channel) differing++;
      }
      return {
        svgSize: [fromSvg.naturalWidth, fromSvg.naturalHeight],
        pngSize: [width, height],
        share: differing / (width * height),
        inkShare: differing / Math.max(1, inked),
      };
    },
    [svg, png.toString('base64'), CHANNEL_TOLERANCE] as const,
  );
  await lab.close();
  return result;
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, url] of VIEWS) {
    test(`the SVG of the ${name} view matches what Cytoscape drew and the PNG (${colorScheme})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const drawn = await new Canvas(page).inspect();
      const svg = (await exportFile(page, 'Graph as SVG image')).toString('utf8');
      const png = await exportFile(page, 'Graph as PNG image');

      // Nothing but shapes and text.
      expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|javascript:|<image|href=/i);
      // Every node shape and line style, as many as Cytoscape drew.
      const count = (pattern: RegExp) => {
        const counts: Record<string, number> = {};
        for (const [, value] of svg.matchAll(pattern)) counts[value!] = (counts[value!] ?? 0) + 1;
        return counts;
      };
      expect(count(/<path data-shape="([a-z-]+)"/g)).toEqual(drawn.shapes);
      expect(count(/<path data-line="([a-z]+)"/g)).toEqual(drawn.lines);
      expect(svg.match(/<path data-arrow="triangle"/g)?.length ?? 0).toBe(
        Object.values(drawn.lines).reduce((sum: number, lines) => sum + (lines as number), 0),
      );
      if (name === 'home') {
        expect(Object.keys(drawn.shapes)).toEqual(
          expect.arrayContaining(['round-hexagon', 'round-tag', 'ellipse', 'diamond']),
        );
      }

      const result = await compare(page, svg, png);
      test.info().annotations.push({ type: 'pixels differing', description: `${result.share}` });
      console.log(
        `${name} ${colorScheme}: ${(result.share * 100).toFixed(3)}% of pixels differ, ${(result.inkShare * 100).toFixed(2)}% of inked ones`,
      );
      expect(result.svgSize).toEqual(result.pngSize);
      expect(result.share).toBeLessThan(PIXEL_TOLERANCE);
      expect(result.inkShare).toBeLessThan(INK_TOLERANCE);
    });
  }
}
