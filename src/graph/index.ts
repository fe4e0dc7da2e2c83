/**
 * What the rest of the app may use of the canvas layer. The canvas itself is loaded on demand
 * (`loadGraphCanvas`), so nothing here may statically import Cytoscape: this module is in the
 * first chunk, Cytoscape and the canvas in their own.
 */
export { toElements, type DrawnPart } from './elements';
export type { ImageFormat } from './graph-adapter';
export { GraphCommandsProvider, useGraphCommands, type GraphCommands } from './graph-commands';
export { LAYOUT_LABELS } from './layouts';
export { DARK_PALETTE, LIGHT_PALETTE, type Palette } from './palette';
export { CERTAINTY_LINES } from './stylesheet';
export {
  DEFAULT_PUBLISHING_WIDTH,
  MIN_LABEL_PX,
  type PublishingOptions,
} from './publishing-options';

export type GraphCanvasModule = typeof import('./graph-canvas');
/** The canvas component's module, loaded when the graph is first shown. */
export const loadGraphCanvas = (): Promise<GraphCanvasModule> => import('./graph-canvas');
