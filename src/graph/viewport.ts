import type { BoundingBox12, Core, NodeCollection, Position } from 'cytoscape';
import { FIT_PADDING, FRAME_MAX_ZOOM } from './scale-policy';
import { CLASSES } from './stylesheet';

export interface ViewportTarget {
  zoom: number;
  pan: Position;
}

export interface ViewportLimits {
  padding: number;
  minZoom: number;
  maxZoom: number;
}

export const ANIMATION_MS = 250;

/** The zoom and pan that show `box` whole and centred in a `width` × `height` viewport. */
export function fitViewport(
  box: BoundingBox12,
  size: { width: number; height: number },
  { padding, minZoom, maxZoom }: ViewportLimits,
): ViewportTarget {
  const boxWidth = Math.max(box.x2 - box.x1, 1);
  const boxHeight = Math.max(box.y2 - box.y1, 1);
  const room = (length: number) => Math.max(length - 2 * padding, 1);
  const fitted = Math.min(room(size.width) / boxWidth, room(size.height) / boxHeight);
  const zoom = Math.min(Math.max(fitted, minZoom), maxZoom);
  return {
    zoom,
    pan: {
      x: (size.width - zoom * (box.x1 + box.x2)) / 2,
      y: (size.height - zoom * (box.y1 + box.y2)) / 2,
    },
  };
}

/**
 * The box around node centres. Node and label sizes are left out on purpose: they keep
 * their size on screen, so in model units they depend on the zoom being computed.
 */
function centresBox(nodes: NodeCollection): BoundingBox12 {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node) => {
    const { x, y } = node.position();
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  return box;
}

export interface ViewportPolicy {
  /** Fits these elements (or everything drawn) now; the user's zoom is forgotten. */
  fit(ids?: readonly string[]): void;
  /** Fits these elements now and after every layout or resize, until framed again (null: all). */
  frame(ids: readonly string[] | null): void;
  /** After a new layout: show what is framed, at once. */
  afterLayout(): void;
  /** After the container resized: keep what is framed in view unless the user moved. */
  afterResize(): void;
  /** The user panned or zoomed: leave the viewport alone until asked. */
  markUserViewport(): void;
  zoomBy(factor: number): void;
  /** Brings an element into view when it is outside it. */
  centre(id: string): void;
}

/**
 * When and how the view moves. Changes of view animate briefly, except when `isStill()`:
 * the user prefers reduced motion, or the graph is so large that each frame of an
 * animation would take longer than the whole animation should. `onRest` is called once a
 * change made here has reached its end (at once for a jump, when an animation completes).
 */
export function createViewportPolicy(
  cy: Core,
  isStill: () => boolean,
  onRest: () => void = () => {},
): ViewportPolicy {
  let framed: readonly string[] | null = null;
  let isUserViewport = false;

  const targetFor = (ids: readonly string[] | null): ViewportTarget | null => {
    const visible = cy.elements().not(`.${CLASSES.hidden}`);
    const wanted = new Set(ids);
    const chosen = wanted.size ? visible.filter((element) => wanted.has(element.id())) : visible;
    const target = chosen.nonempty() ? chosen : visible;
    if (target.empty()) return null;
    const maxZoom = wanted.size ? Math.min(FRAME_MAX_ZOOM, cy.maxZoom()) : cy.maxZoom();
    return fitViewport(
      centresBox(target.nodes().union(target.connectedNodes())),
      { width: cy.width(), height: cy.height() },
      { padding: FIT_PADDING, minZoom: cy.minZoom(), maxZoom },
    );
  };

  const show = (ids: readonly string[] | null, { animate }: { animate: boolean }) => {
    const target = targetFor(ids);
    if (!target) return;
    cy.stop(true, true);
    if (!animate || isStill()) {
      cy.viewport(target);
      onRest();
    } else {
      cy.animate(
        { zoom: target.zoom, pan: target.pan },
        { duration: ANIMATION_MS, complete: onRest },
      );
    }
  };

  return {
    fit(ids) {
      isUserViewport = false;
      if (!ids) framed = null;
      show(ids ?? null, { animate: true });
    },
    frame(ids) {
      framed = ids;
      isUserViewport = false;
      show(framed, { animate: true });
    },
    afterLayout() {
      isUserViewport = false;
      show(framed, { animate: false });
    },
    afterResize() {
      if (!isUserViewport) show(framed, { animate: false });
    },
    markUserViewport() {
      isUserViewport = true;
    },
    zoomBy(factor) {
      isUserViewport = true;
      const level = cy.zoom() * factor;
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      onRest();
    },
    centre(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return;
      const box = element.renderedBoundingBox({});
      const isInside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      if (isInside) return;
      if (isStill()) {
        cy.center(element);
        onRest();
      } else {
        cy.animate({ center: { eles: element } }, { duration: ANIMATION_MS, complete: onRest });
      }
    },
  };
}
