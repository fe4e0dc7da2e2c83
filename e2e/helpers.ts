import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface DatasetFile {
  sources: { id: string; title: string; text: string }[];
  entities: { id: string; name: string; type: string }[];
  relationships: { id: string; type: string; source: string; target: string; certainty: string }[];
}

/** The bundled dataset, read from disk: the tests compare the app against it. */
export const dataset: DatasetFile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../public/data/liaison.json', import.meta.url)), 'utf8'),
);

export const graph = (page: Page) => page.getByTestId('graph');

/** Waits until the graph has laid itself out. */
export async function waitForGraph(page: Page) {
  await expect(graph(page)).toHaveAttribute('data-graph-ready', 'true', { timeout: 20_000 });
}

export async function visibleCounts(page: Page) {
  const canvas = graph(page);
  return {
    nodes: Number(await canvas.getAttribute('data-visible-nodes')),
    edges: Number(await canvas.getAttribute('data-visible-edges')),
  };
}

/** Clicks an element of the graph where it is drawn, found through the app's test hook. */
export async function clickGraphElement(page: Page, id: string) {
  await waitForGraph(page);
  const point = await page.evaluate(
    (elementId) => window.liaisonGraph?.renderedPosition(elementId),
    id,
  );
  if (!point) throw new Error(`The graph draws no element "${id}"`);
  await page.mouse.click(point.x, point.y);
}

declare global {
  interface Window {
    liaisonGraph?: { renderedPosition(id: string): { x: number; y: number } | null };
  }
}
