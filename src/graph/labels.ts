import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { GraphClasses } from './class-diff';
import { createLabelScheduler } from './label-scheduler';
import {
  LABEL_PRIORITY,
  placeLabels,
  selectCoveringLabels,
  type LabelCandidate,
  type Placement,
} from './label-policy';
import { MIN_LABEL_PX, NEAR_VIEW_PX } from './scale-policy';
import { CLASSES, LABEL_CLASSES } from './stylesheet';

export interface LabelController {
  /** The view model changed: priorities follow the selection, focus, path and cursor. */
  setClasses(classes: GraphClasses): void;
  /**
   * Elements, positions or the style changed, or the viewport policy moved the view and it is
   * now still: place the labels again before the next frame.
   */
  schedule(): void;
  /** Drawn labels, as a test or script would check them: size on screen and box. */
  drawnLabels(): { id: string; fontPx: number; box: LabelCandidate['node'] }[];
  dispose(): void;
}

/**
 * Keeps node labels readable: on scaled graphs labels keep their size on screen as the zoom
 * changes (once it rests), and wherever two labels would collide, the less important one is
 * not drawn. While the view moves, the picture scales as a whole, which keeps labels apart;
 * labels that would shrink below the legible size are hidden until the view rests.
 * `onPlaced` is called at the end of every placement, once the drawn labels were checked.
 */
export function createLabelController(
  cy: Core,
  { isScaled, onPlaced }: { isScaled: () => boolean; onPlaced: () => void },
) {
  let classes: GraphClasses | null = null;
  let styledZoom = cy.zoom();
  /** Where each shown label sits now; every other node wears the hidden-label class. */
  let placed = new Map<string, Placement>();
  let knownNodes = -1;

  const priorityOf = (node: NodeSingular) => {
    const id = node.id();
    const degree = node.degree(false);
    if (!classes) return degree;
    if (classes.selected === id) return LABEL_PRIORITY.selected;
    if (classes.path.has(id) || classes.prominent.has(id))
      return LABEL_PRIORITY.focusOrPath + degree;
    if (classes.emphasised.has(id)) return LABEL_PRIORITY.neighbour + degree;
    return degree;
  };

  /** Drawn, not faded, nodes in or near the view: the only ones whose labels can matter now. */
  const nodesNearView = () => {
    const extent = cy.extent();
    const margin = NEAR_VIEW_PX / cy.zoom();
    return cy
      .nodes(':visible')
      .filter((node) => {
        if (node.hasClass(CLASSES.faded)) return false;
        const { x, y } = node.position();
        return (
          x > extent.x1 - margin &&
          x < extent.x2 + margin &&
          y > extent.y1 - margin &&
          y < extent.y2 + margin
        );
      })
      .nodes();
  };

  const candidatesAmong = (nodes: NodeCollection): LabelCandidate[] =>
    // The stylesheet gives every node label one size: reading it once spares a style lookup
    // per node, and a large graph seen whole, where none is legible, costs nothing more.
    nodes.empty() || !isLegible(cy, nodes.first().id())
      ? []
      : nodes
          .filter((node) => node.data('label') !== '')
          .nodes()
          .map((node) => {
            const label = node.renderedBoundingBox({
              includeNodes: false,
              includeEdges: false,
              includeLabels: true,
            });
            return {
              id: node.id(),
              priority: priorityOf(node),
              node: bodyBox(node),
              width: label.w,
              height: label.h,
            };
          })
          .filter((candidate) => candidate.width > 0);

  const place = () => {
    // The viewport policy's animations end with `schedule()`: placing now would be undone.
    if (cy.destroyed() || cy.animated()) return;
    scheduler.startPlacing();
    if (isScaled() && cy.zoom() !== styledZoom) {
      styledZoom = cy.zoom();
      cy.style().update();
      // Labels are measured when next drawn: place them on the frame after that.
      scheduler.placeNextFrame();
      return;
    }
    const forced = new Set(
      [scheduler.hovered, classes?.cursor, classes?.selected].filter((id) => id != null),
    );
    const near = nodesNearView();
    const ordered = candidatesAmong(near);
    // On a large graph seen whole, no label is legible: then there is nothing to place.
    const obstacles = ordered.length
      ? near.map((node) => ({ id: node.id(), box: bodyBox(node) }))
      : [];
    const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const next = placeLabels(ordered, forced, obstacles, view);
    cy.batch(() => {
      // Only the nodes whose placement changed are restyled: a pan of a large graph touches few.
      for (const id of new Set([...placed.keys(), ...next.keys()])) {
        const placement = next.get(id);
        if (placement === placed.get(id)) continue;
        const node = cy.getElementById(id);
        node.toggleClass(LABEL_CLASSES.hidden, !placement);
        node.toggleClass(LABEL_CLASSES.above, placement === 'above');
        node.toggleClass(LABEL_CLASSES.right, placement === 'right');
        node.toggleClass(LABEL_CLASSES.left, placement === 'left');
      }
      // Nodes new to the graph start without a label until placed.
      if (cy.nodes().length !== knownNodes) {
        cy.nodes().forEach((node) => {
          if (!next.has(node.id())) node.addClass(LABEL_CLASSES.hidden);
        });
        knownNodes = cy.nodes().length;
      }
    });
    placed = next;
    scheduler.afterDraw(() => hideCovering(ordered, forced));
  };
  const scheduler = createLabelScheduler({ place, isAnimated: () => cy.animated() });

  /** Once drawn, any label that still touches a more important one is not drawn. */
  const hideCovering = (ordered: readonly LabelCandidate[], forced: ReadonlySet<string>) => {
    if (cy.destroyed()) return;
    const rank = new Map(ordered.map((candidate) => [candidate.id, candidate.priority]));
    // Only placed labels can be drawn: the rest wear the hidden-label class.
    const drawn = drawnLabels(cy.nodes().filter((node) => placed.has(node.id()))).sort(
      (a, b) =>
        Number(forced.has(b.id)) - Number(forced.has(a.id)) ||
        (rank.get(b.id) ?? 0) - (rank.get(a.id) ?? 0),
    );
    const covering = selectCoveringLabels(drawn);
    cy.batch(() => covering.forEach((id) => cy.getElementById(id).addClass(LABEL_CLASSES.hidden)));
    for (const id of covering) placed.delete(id);
    onPlaced();
  };

  /** Scaled labels grow and shrink with the picture until the view rests: none is drawn too small. */
  const hideShrunkLabels = () => {
    const [shown] = placed.keys();
    if (shown === undefined || !isScaled()) return;
    if (renderedFontPx(cy.getElementById(shown) as NodeSingular, cy.zoom()) >= MIN_LABEL_PX) return;
    cy.batch(() => {
      for (const id of placed.keys()) cy.getElementById(id).addClass(LABEL_CLASSES.hidden);
    });
    placed = new Map();
  };
  const onViewport = () => {
    hideShrunkLabels();
    scheduler.viewportMoved();
  };
  const onHold = () => scheduler.hold();
  const onRelease = () => scheduler.release();
  const onOver = (event: { target: NodeSingular }) => {
    const id = event.target.id();
    scheduler.pointerOver(id, placed.has(id));
  };
  const onOut = () => scheduler.pointerOut();
  cy.on('viewport', onViewport);
  cy.on('tapstart', onHold);
  cy.on('tapend', onRelease);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);

  return {
    setClasses(next) {
      classes = next;
      scheduler.schedule();
    },
    schedule: () => scheduler.schedule(),
    drawnLabels,
    dispose() {
      scheduler.dispose();
      cy.removeListener('viewport', onViewport);
      cy.removeListener('tapstart', onHold);
      cy.removeListener('tapend', onRelease);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
    },
  } satisfies LabelController;

  function drawnLabels(among: NodeCollection = cy.nodes()) {
    return among
      .filter(`:visible[label != ""]`)
      .filter((node) => !node.hasClass(LABEL_CLASSES.hidden) && !node.hasClass(CLASSES.faded))
      .filter((node) => isLegible(cy, node.id()))
      .nodes()
      .map((node) => ({
        id: node.id(),
        fontPx: renderedFontPx(node, cy.zoom()),
        box: node.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        }),
      }));
  }
}

const bodyBox = (node: NodeSingular) =>
  node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });

function renderedFontPx(node: NodeSingular, zoom: number): number {
  return parseFloat(String(node.style('font-size'))) * zoom;
}

/** Cytoscape draws no label whose size on screen is below `min-zoomed-font-size`. */
function isLegible(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  const minimum = parseFloat(String(node.style('min-zoomed-font-size'))) || 0;
  return renderedFontPx(node as NodeSingular, cy.zoom()) >= minimum;
}
