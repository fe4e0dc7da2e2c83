import { expect, type Locator, type Page } from '@playwright/test';
import type { GraphInspection } from '../src/graph/inspection';

export type { GraphInspection };
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

export const shownDataset = (page: Page) => page.locator('[data-dataset-ready]');

/**
 * Opens a file through the picker while another dataset is shown, and waits until the app shows
 * the new one (its worker's first start takes seconds on a busy machine); resolves to its id.
 */
export async function openDatasetFile(
  page: Page,
  file: Parameters<Locator['setInputFiles']>[0],
): Promise<string> {
  const before = await shownDataset(page).getAttribute('data-dataset-ready');
  await page.getByLabel('Open a dataset file').setInputFiles(file);
  await expect(shownDataset(page)).not.toHaveAttribute('data-dataset-ready', before ?? '', {
    timeout: 30_000,
  });
  return (await shownDataset(page).getAttribute('data-dataset-ready'))!;
}

export async function visibleCounts(page: Page) {
  const canvas = graph(page);
  return {
    nodes: Number(await canvas.getAttribute('data-visible-nodes')),
    edges: Number(await canvas.getAttribute('data-visible-edges')),
  };
}

type Box = GraphInspection['nodes'][number]['box'];

export const overlaps = (a: Box, b: Box) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export const isInside = (box: Box, drawn: GraphInspection) =>
  box.x1 >= 0 && box.y1 >= 0 && box.x2 <= drawn.width && box.y2 <= drawn.height;

/** Pairs of drawn labels that cover one another. */
export function overlappingLabels(drawn: GraphInspection): [string, string][] {
  const pairs: [string, string][] = [];
  drawn.labels.forEach((a, at) =>
    drawn.labels.slice(at + 1).forEach((b) => {
      if (overlaps(a.box, b.box)) pairs.push([a.id, b.id]);
    }),
  );
  return pairs;
}
