/**
 * Every size the canvas draws by, in one place: how large labels and nodes are on screen, how
 * small a label may get before it is not drawn, and from what size a graph is drawn the cheap
 * way (fixed-size labels, straight edges). Sizes are CSS pixels on screen unless said otherwise.
 */

/** Node labels are drawn this size on screen, in CSS pixels, whatever the zoom. */
export const LABEL_PX = 12;
/** Long names wrap at this width on screen, in CSS pixels. */
export const LABEL_WRAP_PX = 130;
/** A node's size in the model (at zoom 1, in CSS pixels). */
export const NODE_SIZE = 26;
/** The smallest a node is drawn on screen, in CSS pixels. */
export const NODE_MIN_PX = 16;
/** The smallest label worth drawing, in CSS pixels on screen. */
export const MIN_LABEL_PX = 11;
/** Space between a node and its label, in CSS pixels. */
export const LABEL_OFFSET_PX = 3;
/** Nodes this far outside the view, in CSS pixels, are still weighed when labels are placed. */
export const NEAR_VIEW_PX = 200;

/**
 * Above this many relationships, edges are drawn the cheap way (straight "haystack"
 * lines, no arrows or labels) unless they are selected, emphasised or on a path:
 * drawing thousands of curved, labelled edges is what makes a large graph slow. Such graphs
 * are not scaled either: their labels keep a fixed size and appear once large enough.
 */
export const LARGE_GRAPH_EDGES = 1000;
/** On a large graph, labels below this size on screen are not drawn (they are not scaled). */
export const LARGE_GRAPH_MIN_LABEL_PX = 10;

/** How far the user may zoom out and in. */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
/**
 * Fitting a few elements never zooms in further than this: a path of three nodes filling
 * the screen reads as a close-up of shapes rather than as a picture of connections.
 */
export const FRAME_MAX_ZOOM = 1.25;
/**
 * Room around the centres of what is fitted, in CSS pixels: enough for a node and its
 * label, which keep their size on screen whatever the zoom.
 */
export const FIT_PADDING = 70;
