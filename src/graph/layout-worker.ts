/// <reference lib="webworker" />
import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../url/view-state';
import { computeLayoutPositions } from './layout-positions';

export interface LayoutRequest {
  ticket: number;
  elements: ElementDefinition[];
  layout: LayoutName;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { ticket, elements, layout } = event.data;
  const positions = computeLayoutPositions(elements, layout);
  self.postMessage({ ticket, positions: [...positions] });
};
