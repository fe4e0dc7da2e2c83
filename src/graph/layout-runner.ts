import type { ElementDefinition, Position } from 'cytoscape';
import { PREPARED_LAYOUTS } from 'virtual:bundled-dataset';
import layoutWorkerUrl from 'virtual:layout-worker-url';
import type { LayoutName } from '../url/view-state';
import { computeLayoutPositions } from './layout-positions';
import { findPreparedPositions, layoutKey, type PreparedLayout } from './prepared-layouts';
import type { LayoutRequest } from './layout-worker';
import { placeExtras, splitExtras } from './place-extras';

/**
 * Below this many nodes a layout is quick enough to run here: starting a worker would cost more.
 * fcose's force step, which it runs up to 300 nodes, took 0.2–0.5 s for 100 and about 1 s for
 * the 250 of a large dataset's overview on this project's machine.
 */
const WORKER_THRESHOLD = 100;

type Positions = Map<string, Position>;

export interface LayoutRunner {
  /** Positions for the elements; a newer request makes older ones resolve to null. */
  run(elements: readonly ElementDefinition[], layout: LayoutName): Promise<Positions | null>;
  dispose(): void;
}

/**
 * Runs layouts off the main thread for large graphs, so the page stays responsive meanwhile.
 * Only an overview's core is laid out; the extras around a selection are placed beside it, and
 * the core's positions are kept, so that bringing extras in or out never lays out again.
 */
export function createLayoutRunner(
  prepared: readonly PreparedLayout[] = PREPARED_LAYOUTS,
): LayoutRunner {
  let worker: Worker | null = null;
  let latest = 0;
  let tickets = 0;
  const pending = new Map<number, (positions: Positions | null) => void>();
  // The core's layout, finished or under way: a request for the same core waits for it rather
  // than starting it again (a tap during a large graph's first layout used to restart it).
  let coreLayout: { key: string; positions: Promise<Positions | null> } | null = null;

  const startWorker = () => {
    const created = new Worker(layoutWorkerUrl, { type: 'module' });
    created.onmessage = (
      event: MessageEvent<{ ticket: number; positions: [string, Position][] }>,
    ) => {
      pending.get(event.data.ticket)?.(new Map(event.data.positions));
      pending.delete(event.data.ticket);
    };
    return created;
  };

  /** Drops the worker and whatever it was computing; waiting callers get null. */
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };

  const layOut = async (
    elements: readonly ElementDefinition[],
    layout: LayoutName,
  ): Promise<Positions | null> => {
    // The bundled graph's default layout was computed at build, by the same function.
    const known = findPreparedPositions(prepared, elements, layout);
    if (known) return known;
    const nodeCount = elements.filter((element) => element.group === 'nodes').length;
    if (nodeCount < WORKER_THRESHOLD || typeof Worker === 'undefined') {
      return computeLayoutPositions(elements, layout);
    }
    // A layout nobody waits for any more is not worth finishing.
    if (pending.size > 0) stopWorker();
    const current = (worker ??= startWorker());
    const ticket = ++tickets;
    const request: LayoutRequest = {
      ticket,
      elements: elements.map((element) => ({ group: element.group, data: element.data })),
      layout,
    };
    return new Promise<Positions | null>((resolve) => {
      pending.set(ticket, resolve);
      // Should the worker fail (an old browser, a blocked script), lay out here instead.
      current.onerror = () => {
        pending.delete(ticket);
        stopWorker();
        resolve(computeLayoutPositions(elements, layout));
      };
      current.postMessage(request);
    });
  };

  return {
    async run(elements, layout) {
      const request = ++latest;
      const { core, hasExtras } = splitExtras(elements);
      const key = layoutKey(core, layout);
      if (coreLayout?.key !== key) coreLayout = { key, positions: layOut(core, layout) };
      const current = coreLayout;
      const positions = await current.positions;
      // A layout that was dropped (a newer core, a failed worker) is asked for again next time.
      if (!positions && coreLayout === current) coreLayout = null;
      if (!positions || request !== latest) return null;
      return hasExtras ? placeExtras(positions, elements) : positions;
    },
    dispose() {
      latest = Number.NaN;
      stopWorker();
    },
  };
}
