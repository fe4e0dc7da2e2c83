import type { ElementDefinition, Position } from 'cytoscape';
import type { LayoutName } from '../url/view-state';
import { computeLayoutPositions } from './layout-positions';
import type { LayoutRequest } from './layout-worker';

/** Below this many nodes a layout takes milliseconds: starting a worker would cost more. */
const WORKER_THRESHOLD = 300;

export interface LayoutRunner {
  /** Positions for the elements; a newer request makes older ones resolve to null. */
  run(
    elements: readonly ElementDefinition[],
    layout: LayoutName,
  ): Promise<Map<string, Position> | null>;
  dispose(): void;
}

/** Runs layouts off the main thread for large graphs, so the page stays responsive meanwhile. */
export function createLayoutRunner(): LayoutRunner {
  let worker: Worker | null = null;
  let latest = 0;
  const pending = new Map<number, (positions: Map<string, Position>) => void>();

  const startWorker = () => {
    const created = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (
      event: MessageEvent<{ ticket: number; positions: [string, Position][] }>,
    ) => {
      pending.get(event.data.ticket)?.(new Map(event.data.positions));
      pending.delete(event.data.ticket);
    };
    return created;
  };

  return {
    async run(elements, layout) {
      const ticket = ++latest;
      const nodeCount = elements.filter((element) => element.group === 'nodes').length;
      let positions: Map<string, Position>;
      if (nodeCount < WORKER_THRESHOLD || typeof Worker === 'undefined') {
        positions = computeLayoutPositions(elements, layout);
      } else {
        worker ??= startWorker();
        const request: LayoutRequest = {
          ticket,
          elements: elements.map((element) => ({ group: element.group, data: element.data })),
          layout,
        };
        positions = await new Promise((resolve) => {
          pending.set(ticket, resolve);
          worker!.postMessage(request);
        });
      }
      return ticket === latest ? positions : null;
    },
    dispose() {
      worker?.terminate();
      pending.clear();
      latest = Number.NaN;
    },
  };
}
