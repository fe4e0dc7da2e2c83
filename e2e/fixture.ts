import { expect, test as base, type Page } from '@playwright/test';
import type { GraphInspection } from './helpers';

export { expect };

/** The graph's counter of settled renders, present only while what it shows is settled. */
const SETTLED = '[data-testid="graph"][data-graph-settled]';
const GRAPH_TIMEOUT_MS = 20_000;

/**
 * The graph as a test waits for it: on the one signal the app gives once it has drawn the
 * current view (laid out, classes applied, labels placed, counts written), never on the clock.
 */
export class Canvas {
  constructor(private readonly page: Page) {}

  /** Opens a page of the app and waits until its graph has settled. */
  async open(url: string, options: { timeout?: number } = {}) {
    await this.page.goto(url);
    return this.settled(options);
  }

  /** Waits until the graph shows the current view settled; resolves to its render counter. */
  async settled({ timeout = GRAPH_TIMEOUT_MS }: { timeout?: number } = {}): Promise<number> {
    return Number(await this.page.locator(SETTLED).getAttribute('data-graph-settled', { timeout }));
  }

  /** What Cytoscape draws once settled: read in the same task as the signal, so never half a change. */
  async inspect({ timeout = GRAPH_TIMEOUT_MS } = {}): Promise<GraphInspection> {
    const drawn = await this.page.waitForFunction(
      (selector) => document.querySelector(selector) !== null && window.liaisonGraph?.inspect(),
      SETTLED,
      { timeout },
    );
    return (await drawn.jsonValue()) as GraphInspection;
  }

  /** How many nodes and edges Cytoscape draws once settled. */
  async counts(options: { timeout?: number } = {}) {
    const { visibleNodes, visibleEdges } = await this.inspect(options);
    return { nodes: visibleNodes, edges: visibleEdges };
  }

  /** Where an element is drawn, once settled (null: not drawn). */
  async position(id: string) {
    await this.settled();
    return this.page.evaluate((elementId) => window.liaisonGraph!.renderedPosition(elementId), id);
  }

  /** Clicks an element of the graph where it is drawn, found through the app's test hook. */
  async click(id: string) {
    const point = await this.position(id);
    if (!point) throw new Error(`The graph draws no element "${id}"`);
    await this.page.mouse.click(point.x, point.y);
  }
}

/** Every spec's `test`: `canvas` waits on the graph's settled signal. */
export const test = base.extend<{ canvas: Canvas }>({
  canvas: async ({ page }, provide) => {
    await provide(new Canvas(page));
  },
});
