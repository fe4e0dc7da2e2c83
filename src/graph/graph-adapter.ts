import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type SingularElementArgument,
  type StylesheetJson,
} from 'cytoscape';
import type { LayoutName } from '../url/view-state';
import { prefersReducedMotion } from '../lib/use-media-query';
import { createLayoutRunner } from './layout-runner';
import { CLASSES } from './stylesheet';

export interface GraphCallbacks {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
}

/** Which element wears which class; computed by the view model, applied here. */
export interface GraphClasses {
  hidden: ReadonlySet<string>;
  faded: ReadonlySet<string>;
  emphasised: ReadonlySet<string>;
  path: ReadonlySet<string>;
  selected: string | null;
  /** The keyboard cursor, when it rests somewhere other than the selection. */
  cursor: string | null;
}

export interface GraphAdapter {
  /**
   * Shows these elements laid out this way, updating in place. Resolves true once drawn,
   * false when a newer call or destroy overtook it.
   */
  setGraph(elements: readonly ElementDefinition[], layout: LayoutName): Promise<boolean>;
  setStyle(stylesheet: StylesheetJson, background: string): void;
  setClasses(classes: GraphClasses): void;
  fit(ids?: readonly string[]): void;
  /** Fits these elements now and after every layout, until framed again (null: everything). */
  frame(ids: readonly string[] | null): void;
  zoomBy(factor: number): void;
  centre(id: string): void;
  /** Where an element is drawn, in CSS pixels from the container's top left. */
  renderedPosition(id: string): { x: number; y: number } | null;
  destroy(): void;
}

/**
 * The only owner of a Cytoscape instance. Everything else speaks to the graph
 * in intents; this module turns them into batched, in-place updates.
 */
export function createGraphAdapter(
  container: HTMLElement,
  callbacks: GraphCallbacks,
): GraphAdapter {
  const cy: Core = cytoscape({
    container,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
  });
  let current: GraphClasses | null = null;
  let laidOut: LayoutName | null = null;
  let framed: readonly string[] | undefined;
  let latestGraph = 0;
  const layoutRunner = createLayoutRunner();
  // Until the user pans or zooms, the graph keeps fitting its container as it resizes.
  let isUserViewport = false;
  const markUserViewport = () => {
    isUserViewport = true;
  };
  container.addEventListener('wheel', markUserViewport, { passive: true });
  container.addEventListener('pointerdown', markUserViewport);
  const resizeObserver = new ResizeObserver(() => {
    cy.resize();
    if (!isUserViewport) fitVisible(framed);
  });
  resizeObserver.observe(container);
  const fitVisible = (ids?: readonly string[]) => {
    const visible = cy.elements().not(`.${CLASSES.hidden}`);
    const wanted = new Set(ids);
    const target = wanted.size ? visible.filter((element) => wanted.has(element.id())) : visible;
    cy.fit(target.nonempty() ? target : visible, 40);
  };

  cy.on('tap', 'node', (event) => callbacks.onTapNode(event.target.id()));
  cy.on('tap', 'edge', (event) => callbacks.onTapEdge(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) callbacks.onTapBackground();
  });

  const toggleClasses = (element: SingularElementArgument, next: GraphClasses) => {
    const id = element.id();
    element.toggleClass(CLASSES.hidden, next.hidden.has(id));
    element.toggleClass(CLASSES.faded, next.faded.has(id));
    element.toggleClass(CLASSES.emphasised, next.emphasised.has(id));
    // Around a selection, the rest steps back so its neighbourhood stands out.
    element.toggleClass(CLASSES.dimmed, next.emphasised.size > 0 && !next.emphasised.has(id));
    element.toggleClass(CLASSES.path, next.path.has(id));
    element.toggleClass(CLASSES.selected, next.selected === id);
    element.toggleClass(CLASSES.cursor, next.cursor === id);
  };

  /** Touches only the elements whose classes change: on large graphs, restyling is the cost. */
  const applyClasses = (next: GraphClasses) => {
    const previous = current;
    current = next;
    cy.batch(() => {
      if (!previous || previous.emphasised.size > 0 !== next.emphasised.size > 0) {
        cy.elements().forEach((element) => toggleClasses(element, next));
        return;
      }
      const changed = new Set<string>();
      for (const key of ['hidden', 'faded', 'emphasised', 'path'] as const) {
        for (const id of previous[key]) if (!next[key].has(id)) changed.add(id);
        for (const id of next[key]) if (!previous[key].has(id)) changed.add(id);
      }
      for (const id of [previous.selected, next.selected, previous.cursor, next.cursor]) {
        if (id) changed.add(id);
      }
      for (const id of changed) {
        const element = cy.getElementById(id);
        if (element.nonempty()) toggleClasses(element, next);
      }
    });
  };

  return {
    async setGraph(next, layout) {
      const wanted = new Map(next.map((element) => [element.data.id as string, element]));
      // Whatever happens next, a layout still running for an earlier call is outdated.
      const ticket = ++latestGraph;
      const hasSameIds =
        wanted.size === cy.elements().length &&
        cy
          .elements()
          .filter((element) => !wanted.has(element.id()))
          .empty();
      if (hasSameIds && layout === laidOut) {
        cy.batch(() =>
          wanted.forEach((definition, id) => cy.getElementById(id).data(definition.data)),
        );
        return true;
      }
      // Every element is laid out, hidden or not, so positions depend only on the data and the
      // layout. Positions come first: nothing is drawn until it is where it belongs.
      const positions = await layoutRunner.run(next, layout);
      if (!positions || ticket !== latestGraph || cy.destroyed()) return false;
      cy.batch(() => {
        cy.remove(cy.elements().filter((element) => !wanted.has(element.id())));
        const added: ElementDefinition[] = [];
        for (const [id, definition] of wanted) {
          const existing = cy.getElementById(id);
          if (existing.empty()) added.push({ ...definition, position: positions.get(id) });
          else existing.data(definition.data);
        }
        // Nodes before edges, so every edge finds its ends.
        cy.add(added.sort((a, b) => Number(a.group === 'edges') - Number(b.group === 'edges')));
        cy.nodes().forEach((node) => {
          const position = positions.get(node.id());
          if (position) node.position(position);
        });
        if (current) cy.elements().forEach((element) => toggleClasses(element, current!));
      });
      laidOut = layout;
      isUserViewport = false;
      fitVisible(framed);
      return true;
    },
    setStyle(stylesheet, background) {
      cy.style(stylesheet);
      container.style.background = background;
    },
    setClasses(next) {
      applyClasses(next);
    },
    fit(ids) {
      isUserViewport = false;
      if (!ids) framed = undefined;
      fitVisible(ids);
    },
    frame(ids) {
      framed = ids ?? undefined;
      isUserViewport = false;
      fitVisible(framed);
    },
    zoomBy(factor) {
      isUserViewport = true;
      const level = cy.zoom() * factor;
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    centre(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return;
      const box = element.renderedBoundingBox();
      const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      if (inside) return;
      if (prefersReducedMotion()) cy.center(element);
      else cy.animate({ center: { eles: element }, duration: 250 });
    },
    renderedPosition(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      return element.isEdge()
        ? (element as EdgeSingular).renderedMidpoint()
        : (element as NodeSingular).renderedPosition();
    },
    destroy() {
      layoutRunner.dispose();
      resizeObserver.disconnect();
      container.removeEventListener('wheel', markUserViewport);
      container.removeEventListener('pointerdown', markUserViewport);
      cy.destroy();
    },
  };
}
