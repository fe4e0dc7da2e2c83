import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../url/view-state';
import { prefersReducedMotion } from '../lib/use-media-query';
import { classNamesFor, diffClasses, type ClassOptions, type GraphClasses } from './class-diff';
import { diffElements, hasSameElements } from './element-diff';
import { inspectGraph, renderedPosition, visibleCounts, type GraphInspection } from './inspection';
import { createLabelController } from './labels';
import { createLayoutRunner } from './layout-runner';
import { MAX_ZOOM, MIN_ZOOM } from './scale-policy';
import { CLASSES, createStylesheet, type StylesheetOptions } from './stylesheet';
import { LIGHT_PALETTE, type Palette } from './palette';
import { createPublishingScene, type PublishingOptions } from './publishing';
import { paintScene } from './scene-canvas';
import { sceneToSvg } from './scene-svg';
import { toGraphSvg } from './svg-export';
import { createViewportPolicy } from './viewport';

export type { GraphClasses } from './class-diff';

export type ImageFormat = 'png' | 'svg';
/** The longest side of an exported picture, in pixels: large graphs are scaled down to it. */
const IMAGE_MAX_PX = 4000;

export interface GraphCallbacks {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
}

export interface GraphAdapter {
  /**
   * Shows these elements laid out this way, updating in place. Resolves true once drawn,
   * false when a newer call or destroy overtook it.
   */
  setGraph(elements: readonly ElementDefinition[], layout: LayoutName): Promise<boolean>;
  setStyle(palette: Palette, options: Pick<StylesheetOptions, 'isLarge'>): void;
  setClasses(classes: GraphClasses): void;
  fit(ids?: readonly string[]): void;
  /** Fits these elements now and after every layout, until framed again (null: everything). */
  frame(ids: readonly string[] | null): void;
  zoomBy(factor: number): void;
  centre(id: string): void;
  /** Where an element is drawn, in CSS pixels from the container's top left. */
  renderedPosition(id: string): { x: number; y: number } | null;
  /** How many nodes and edges Cytoscape draws now. */
  visibleCounts(): { visibleNodes: number; visibleEdges: number };
  /** What Cytoscape draws now, for tests and scripts. */
  inspect(): GraphInspection;
  /** The drawn graph, whole (not just the part in the window), as a picture. */
  exportImage(format: ImageFormat): Promise<Blob>;
  /** The view as a picture ready for a story: title, graph, legend, credit (publishing.ts). */
  exportPublishingImage(format: ImageFormat, options: PublishingOptions): Promise<Blob>;
  destroy(): void;
}

export type { GraphInspection } from './inspection';

/**
 * The only owner of a Cytoscape instance. Everything else speaks to the graph in
 * intents; the pure parts (element and class diffs, viewport policy) decide what
 * changes, and this module applies it in batches.
 */
export function createGraphAdapter(
  container: HTMLElement,
  callbacks: GraphCallbacks,
  onSettle: (isSettled: boolean) => void = () => {},
): GraphAdapter {
  const cy: Core = cytoscape({
    container,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    autounselectify: true,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
  });
  const layoutRunner = createLayoutRunner();
  let isLarge = false;
  let background = '#ffffff';
  let screenPalette: Palette | null = null;
  const labels = createLabelController(cy, {
    isScaled: () => !isLarge,
    onPlaced: () => settleIfIdle(),
  });
  const viewport = createViewportPolicy(
    cy,
    () => isLarge || prefersReducedMotion(),
    () => labels.schedule(),
  );
  /** What was last drawn, so the next update can be diffed without reading Cytoscape. */
  let drawn = new Map<string, ElementDefinition>();
  let laidOut: LayoutName | null = null;
  let classes: GraphClasses | null = null;
  let latestGraph = 0;
  let drawnGraph = 0;

  /**
   * Settled: the latest graph is laid out and drawn, the view is still, and the labels of what
   * it shows are placed. Every change unsettles it; the placement of labels that ends every
   * change settles it again, for tests and scripts to wait on instead of the clock.
   */
  let isSettled = false;
  const unsettle = () => {
    if (!isSettled) return;
    isSettled = false;
    onSettle(false);
  };
  const settleIfIdle = () => {
    if (cy.destroyed() || laidOut === null || drawnGraph !== latestGraph || cy.animated()) return;
    isSettled = true;
    onSettle(true);
  };
  cy.on('viewport', unsettle);
  /** A move of the view that animates is unsettled from its start, not from its first frame. */
  const move = (run: () => void) => {
    run();
    if (cy.animated()) unsettle();
  };

  // Until the user pans or zooms, the graph keeps fitting its container as it resizes.
  const markUserViewport = () => viewport.markUserViewport();
  container.addEventListener('wheel', markUserViewport, { passive: true });
  container.addEventListener('pointerdown', markUserViewport);
  const resizeObserver = new ResizeObserver(() => {
    cy.resize();
    viewport.afterResize();
  });
  resizeObserver.observe(container);

  /**
   * The element a tap chose is drawn selected on the next frame, and only then is the tap
   * reported: its neighbourhood, the framing and the panel follow once the view it navigates
   * to has rendered, and the view model's classes then replace this one.
   */
  let chosen: string | null = null;
  let tapFrame = 0;
  const choose = (id: string, report: (id: string) => void) => {
    unsettle();
    cy.batch(() => {
      cy.elements(`.${CLASSES.selected}`).removeClass(CLASSES.selected);
      cy.getElementById(id).addClass(CLASSES.selected);
    });
    chosen = id;
    cancelAnimationFrame(tapFrame);
    tapFrame = requestAnimationFrame(() =>
      window.setTimeout(() => {
        if (!cy.destroyed()) report(id);
      }),
    );
  };
  cy.on('tap', 'node', (event) => choose(event.target.id(), callbacks.onTapNode));
  cy.on('tap', 'edge', (event) => choose(event.target.id(), callbacks.onTapEdge));
  cy.on('tap', (event) => {
    if (event.target === cy) callbacks.onTapBackground();
  });

  const classOptions = (): ClassOptions => ({ isRestDimmed: !isLarge });
  const viewModelClasses = Object.values(CLASSES);
  const applyClassChanges = (changes: ReadonlyMap<string, string[]>) => {
    for (const [id, names] of changes) {
      const element = cy.getElementById(id);
      // Each toggle is an event and a restyle request: only the classes that change are toggled.
      for (const name of viewModelClasses) {
        const isWanted = names.includes(name);
        if (element.hasClass(name) !== isWanted) element.toggleClass(name, isWanted);
      }
    }
  };

  return {
    async setGraph(next, layout) {
      // Whatever happens next, a layout still running for an earlier call is outdated.
      const ticket = ++latestGraph;
      unsettle();
      const patch = diffElements(drawn, next);
      const nextDrawn = new Map(next.map((definition) => [String(definition.data.id), definition]));
      const applyData = () => {
        for (const { id, data } of patch.changed) cy.getElementById(id).data(data);
      };
      if (hasSameElements(patch) && layout === laidOut) {
        cy.batch(applyData);
        drawn = nextDrawn;
        drawnGraph = ticket;
        labels.schedule();
        return true;
      }
      // Every element is laid out, hidden or not, so positions depend only on the data and the
      // layout. Positions come first: nothing is drawn until it is where it belongs.
      const positions = await layoutRunner.run(next, layout);
      if (!positions || ticket !== latestGraph || cy.destroyed()) return false;
      cy.batch(() => {
        for (const id of patch.removed) cy.getElementById(id).remove();
        cy.add(
          patch.added.map((definition) => ({
            ...definition,
            position: positions.get(String(definition.data.id)),
          })),
        );
        applyData();
        cy.nodes().forEach((node) => {
          const position = positions.get(node.id());
          if (position) node.position(position);
        });
        if (classes) {
          const current = classes;
          applyClassChanges(
            new Map(
              patch.added.map(({ data }) => [
                String(data.id),
                classNamesFor(String(data.id), current, classOptions()),
              ]),
            ),
          );
        }
      });
      drawn = nextDrawn;
      laidOut = layout;
      drawnGraph = ticket;
      viewport.afterLayout();
      labels.schedule();
      return true;
    },
    setStyle(palette, options) {
      unsettle();
      const wasLarge = isLarge;
      isLarge = options.isLarge ?? false;
      // Dimming follows the size: the classes drawn so far were drawn with the other options.
      if (classes && isLarge !== wasLarge) {
        const current = classes;
        cy.batch(() =>
          applyClassChanges(diffClasses(null, current, () => drawn.keys(), classOptions())),
        );
      }
      const labelScale = isLarge ? undefined : () => 1 / cy.zoom();
      cy.style(createStylesheet(palette, { ...options, labelScale }));
      container.style.background = palette.background;
      background = palette.background;
      screenPalette = palette;
      labels.schedule();
    },
    setClasses(next) {
      unsettle();
      const changes = diffClasses(classes, next, () => drawn.keys(), classOptions());
      // What a tap drew ahead of the view model, and the selection it undrew, get their own classes back.
      for (const id of [chosen, classes?.selected]) {
        if (id && !changes.has(id)) changes.set(id, classNamesFor(id, next, classOptions()));
      }
      chosen = null;
      classes = next;
      cy.batch(() => applyClassChanges(changes));
      labels.setClasses(next);
    },
    fit: (ids) => move(() => viewport.fit(ids)),
    frame: (ids) => move(() => viewport.frame(ids)),
    zoomBy: (factor) => viewport.zoomBy(factor),
    centre: (id) => move(() => viewport.centre(id)),
    renderedPosition: (id) => renderedPosition(cy, id),
    visibleCounts: () => visibleCounts(cy),
    inspect: () => inspectGraph(cy, labels.drawnLabels()),
    async exportImage(format) {
      // Twice the screen's detail, unless that would make a picture too large to open.
      const box = cy.elements(':visible').boundingBox();
      const scale = Math.min(2, IMAGE_MAX_PX / Math.max(1, box.w, box.h));
      if (format === 'png') {
        return cy.png({ output: 'blob-promise', full: true, scale, bg: background });
      }
      return new Blob([toGraphSvg(cy, { scale, background })], {
        type: 'image/svg+xml',
      });
    },
    async exportPublishingImage(format, options) {
      const scene = createPublishingScene(cy, screenPalette ?? LIGHT_PALETTE, options);
      if (format === 'svg') return new Blob([sceneToSvg(scene)], { type: 'image/svg+xml' });
      const canvas = paintScene(scene);
      return new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))),
          'image/png',
        ),
      );
    },
    destroy() {
      cancelAnimationFrame(tapFrame);
      labels.dispose();
      layoutRunner.dispose();
      resizeObserver.disconnect();
      container.removeEventListener('wheel', markUserViewport);
      container.removeEventListener('pointerdown', markUserViewport);
      cy.destroy();
    },
  };
}
