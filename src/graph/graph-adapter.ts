import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../url/view-state';
import { prefersReducedMotion } from '../lib/use-media-query';
import { layoutOptions } from './layouts';
import { withSeededRandom } from './seeded-random';
import { CLASSES } from './stylesheet';

cytoscape.use(fcose);

const LAYOUT_SEED = 20230619;

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
  setElements(elements: readonly ElementDefinition[]): boolean;
  setStyle(stylesheet: StylesheetJson, background: string): void;
  setClasses(classes: GraphClasses): void;
  runLayout(name: LayoutName): void;
  fit(ids?: readonly string[]): void;
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
  let classes: GraphClasses | null = null;

  cy.on('tap', 'node', (event) => callbacks.onTapNode(event.target.id()));
  cy.on('tap', 'edge', (event) => callbacks.onTapEdge(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) callbacks.onTapBackground();
  });

  const applyClasses = (next: GraphClasses) => {
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const id = element.id();
        element.toggleClass(CLASSES.hidden, next.hidden.has(id));
        element.toggleClass(CLASSES.faded, next.faded.has(id));
        element.toggleClass(CLASSES.emphasised, next.emphasised.has(id));
        // Around a selection, the rest steps back so its neighbourhood stands out.
        element.toggleClass(CLASSES.dimmed, next.emphasised.size > 0 && !next.emphasised.has(id));
        element.toggleClass(CLASSES.path, next.path.has(id));
        element.toggleClass(CLASSES.selected, next.selected === id);
        element.toggleClass(CLASSES.cursor, next.cursor === id);
      });
    });
  };

  return {
    setElements(elements) {
      const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
      let changed = false;
      cy.batch(() => {
        const stale = cy.elements().filter((element) => !wanted.has(element.id()));
        if (stale.nonempty()) {
          cy.remove(stale);
          changed = true;
        }
        const added: ElementDefinition[] = [];
        for (const [id, definition] of wanted) {
          const existing = cy.getElementById(id);
          if (existing.empty()) added.push(definition);
          else existing.data(definition.data);
        }
        if (added.length) {
          // Nodes before edges, so every edge finds its ends; nodes spread on a grid until the
          // layout places them, so no edge is ever drawn between two nodes on the same spot.
          added.sort((a, b) => Number(a.group === 'edges') - Number(b.group === 'edges'));
          const columns = Math.ceil(Math.sqrt(added.length));
          cy.add(
            added.map((definition, at) =>
              definition.group === 'nodes'
                ? { ...definition, position: { x: (at % columns) * 60, y: Math.floor(at / columns) * 60 } }
                : definition,
            ),
          );
          changed = true;
        }
      });
      return changed;
    },
    setStyle(stylesheet, background) {
      cy.style(stylesheet);
      container.style.background = background;
    },
    setClasses(next) {
      classes = next;
      applyClasses(next);
    },
    runLayout(name) {
      // Lay out every element, hidden or not, so positions depend only on the data and the layout.
      cy.elements().removeClass(CLASSES.hidden);
      const elements = cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : 1));
      withSeededRandom(LAYOUT_SEED, () =>
        elements.layout(layoutOptions(name, cy.nodes().length)).run(),
      );
      if (classes) applyClasses(classes);
      this.fit();
    },
    fit(ids) {
      const visible = cy.elements().not(`.${CLASSES.hidden}`);
      const target = ids?.length
        ? visible.filter((element) => ids.includes(element.id()))
        : visible;
      cy.fit(target.nonempty() ? target : visible, 40);
    },
    zoomBy(factor) {
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
      cy.destroy();
    },
  };
}
