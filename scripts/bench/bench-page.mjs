// What the benchmark runs inside the page, the same for Liaison and the bare page. Both mark
// their graph container with data-graph-ready="true" once it is laid out; Cytoscape registers
// its instance on the container (`_cyreg`), which is how the bench watches what is drawn without
// an app hook. Every time is taken in the page, from performance.now() or event time stamps.

/** Installed before any page script runs (page.addInitScript). */
export function instrumentPage({ nodeCount }) {
  const bench = {
    longTasks: [],
    readyAt: null,
    cy: () => document.querySelector('[data-graph-ready]')?._cyreg?.cy ?? null,
    /** Resolves with the time of the first frame Cytoscape draws once `isDone()` holds. */
    nextFrameWhere(isDone) {
      const cy = bench.cy();
      return new Promise((resolve) => {
        const onRender = () => {
          if (!isDone(cy)) return;
          cy.off('render', onRender);
          resolve(performance.now());
        };
        cy.on('render', onRender);
      });
    },
    /** Starts recording requestAnimationFrame times; the returned function stops and returns them. */
    recordFrames() {
      const times = [];
      let isRunning = true;
      const tick = (time) => {
        times.push(time);
        if (isRunning) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      bench.stopFrames = () => {
        isRunning = false;
        return times;
      };
    },
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  // Liaison draws an overview of a large dataset: the pane says how many entities enter the canvas.
  const drawnCount = () =>
    Number(document.querySelector('[data-canvas-entities]')?.dataset.canvasEntities ?? nodeCount);
  // The ready mark alone is not a drawn graph: the frame after it is.
  const observer = new MutationObserver(() => {
    const cy = bench.cy();
    const isReady = document.querySelector('[data-graph-ready="true"]');
    if (!isReady || !cy || cy.nodes().length !== drawnCount()) return;
    observer.disconnect();
    cy.one('render', () => (bench.readyAt = performance.now()));
  });
  observer.observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-graph-ready'],
  });
}

/** The longest main-thread task up to the first drawn frame. */
export function longestTaskUntilReady() {
  const { longTasks, readyAt } = window.__bench;
  return Math.max(0, ...longTasks.filter((task) => task.start < readyAt).map((t) => t.duration));
}

/**
 * Points on the canvas for the mouse: `empty` is where a drag pans (no node under it, nothing
 * laid over the canvas), `centre` is where the wheel zooms, `node` is the best-connected node a
 * click really hits (not covered by another) whose type is not `exceptType`.
 */
export function findPoints({ exceptType }) {
  const cy = window.__bench.cy();
  const box = cy.container().getBoundingClientRect();
  const isOnCanvas = (x, y) => cy.container().contains(document.elementFromPoint(x, y));
  const nodes = cy.nodes(':visible');
  const boxes = nodes.map((node) => node.renderedBoundingBox());
  const isEmpty = (x, y) =>
    isOnCanvas(x, y) &&
    !boxes.some(
      (b) =>
        x - box.left >= b.x1 && x - box.left <= b.x2 && y - box.top >= b.y1 && y - box.top <= b.y2,
    );
  let empty = null;
  for (let step = 12; !empty && step < box.height / 2; step += 12) {
    const corners = [
      [box.left + step, box.top + step],
      [box.right - step, box.bottom - step],
      [box.right - step, box.top + step],
      [box.left + step, box.bottom - step],
    ];
    const found = corners.find(([x, y]) => isEmpty(x, y));
    if (found) empty = { x: found[0], y: found[1] };
  }
  const toPage = (node) => ({
    id: node.id(),
    x: box.left + node.renderedPosition().x,
    y: box.top + node.renderedPosition().y,
  });
  // The renderer's own hit test (internal API): the node on top at that point.
  const isHit = (node) => {
    const { x, y } = node.position();
    return cy.renderer().findNearestElement(x, y, true, false)?.id() === node.id();
  };
  const node = nodes
    .filter((candidate) => candidate.data('type') !== exceptType)
    .sort((a, b) => b.degree() - a.degree())
    .slice(0, 200)
    .map(toPage)
    .find((point) => isOnCanvas(point.x, point.y) && isHit(cy.getElementById(point.id)));
  return {
    empty,
    centre: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
    node: node ?? null,
    canvas: { width: Math.round(box.width), height: Math.round(box.height) },
  };
}

/** Arms the selection watch: from the release of the click to the frame that draws it selected. */
export function watchSelection({ id, selectedClass }) {
  const bench = window.__bench;
  let releasedAt = null;
  window.addEventListener('pointerup', (event) => (releasedAt = event.timeStamp), {
    capture: true,
    once: true,
  });
  const isSelected = (cy) => {
    const node = cy.getElementById(id);
    return selectedClass ? node.hasClass(selectedClass) : node.selected();
  };
  bench.selection = bench
    .nextFrameWhere((cy) => releasedAt !== null && isSelected(cy))
    .then((drawnAt) => drawnAt - releasedAt);
}

/** Hides the entities of `type` the way each side offers, and times it to the frame drawn. */
export async function applyTypeFilter({ type, probeId, liaisonUrl }) {
  const bench = window.__bench;
  const start = performance.now();
  const drawn = bench.nextFrameWhere((cy) => !cy.getElementById(probeId).visible());
  if (liaisonUrl) {
    // As Back and Forward do: the router reads the URL and the view follows it.
    history.pushState(null, '', liaisonUrl);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  } else {
    window.bareGraph.hideType(type);
  }
  return (await drawn) - start;
}

/** Mean interval between animation frames, in ms. */
export function frameMean(times) {
  if (times.length < 2) return null;
  return (times[times.length - 1] - times[0]) / (times.length - 1);
}
