/**
 * While the user moves the view, labels stay as they were and are placed once it has been still
 * this long with no button held (a drag that pauses is still a drag). Placing labels, and on
 * scaled graphs resizing them, restyles nodes, and any restyle makes Cytoscape redraw every
 * element instead of moving its cached picture of the graph: doing it on every frame of a wheel
 * zoom made frames several times slower than the bare library's.
 */
export const SETTLE_MS = 250;
/** How long the pointer rests on a node before its label is placed. */
export const HOVER_MS = 120;

/** The clock the scheduler runs on: the browser's, or a test's fake one. */
export interface SchedulerClock {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  queueMicrotask(run: () => void): void;
  requestFrame(run: () => void): number;
  cancelFrame(id: number): void;
}

export const BROWSER_CLOCK: SchedulerClock = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  queueMicrotask: (run) => queueMicrotask(run),
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

/** What the scheduler asks of the label controller. */
export interface SchedulerHost {
  /** Place the labels now. */
  place(): void;
  /** A viewport animation runs: it ends with `schedule()`, so a rest does not place. */
  isAnimated(): boolean;
}

/** When labels are placed: no Cytoscape, only time, pointer and view events. */
export interface LabelScheduler {
  /** Place before the next frame, once however many changes come in this task. */
  schedule(): void;
  /** Place on the next frame (after the style has been drawn and labels can be measured). */
  placeNextFrame(): void;
  /** Run once the frame is drawn (a check of what was drawn); replaces any waiting check. */
  afterDraw(run: () => void): void;
  /** Placing has begun: a wait for rest is over. */
  startPlacing(): void;
  /** The view moved: place once it has rested. */
  viewportMoved(): void;
  /** A button or finger went down on the canvas, or came up. */
  hold(): void;
  release(): void;
  /** The pointer rests on a node (`hasLabel`: its label is placed already), or left it. */
  pointerOver(id: string, hasLabel: boolean): void;
  pointerOut(): void;
  /** The node under the pointer, whose label is always placed. */
  readonly hovered: string | null;
  dispose(): void;
}

export function createLabelScheduler(
  host: SchedulerHost,
  clock: SchedulerClock = BROWSER_CLOCK,
): LabelScheduler {
  let isPlacing = false;
  let isDisposed = false;
  let frame = 0;
  let verifyFrame = 0;
  let restTimer = 0;
  let isHeld = false;
  /** Labels wait for the view, or the pointer, to rest before they are placed again. */
  let isWaiting = false;
  let hovered: string | null = null;

  // Placed before the frame is drawn, so that a change and the labels it moves are drawn in one
  // frame: each restyle that reaches a frame costs Cytoscape a redraw of every element.
  const schedule = () => {
    if (isPlacing || isDisposed) return;
    isPlacing = true;
    clock.queueMicrotask(() => {
      isPlacing = false;
      if (!isDisposed) host.place();
    });
  };
  const clearRest = () => {
    clock.clearTimeout(restTimer);
    restTimer = 0;
    isWaiting = false;
  };
  const placeAfterRest = (ms: number) => {
    isWaiting = true;
    clock.clearTimeout(restTimer);
    restTimer = clock.setTimeout(() => {
      restTimer = 0;
      // A drag that pauses goes on at its release; an animation ends with `schedule()`.
      if (!isHeld && !host.isAnimated()) schedule();
    }, ms);
  };

  return {
    schedule,
    placeNextFrame() {
      frame ||= clock.requestFrame(() => {
        frame = 0;
        host.place();
      });
    },
    afterDraw(run) {
      if (verifyFrame) clock.cancelFrame(verifyFrame);
      verifyFrame = clock.requestFrame(() => {
        verifyFrame = 0;
        run();
      });
    },
    startPlacing() {
      clearRest();
    },
    viewportMoved() {
      placeAfterRest(SETTLE_MS);
    },
    hold() {
      isHeld = true;
    },
    release() {
      isHeld = false;
      if (isWaiting && !restTimer) placeAfterRest(SETTLE_MS);
    },
    // Placing restyles nodes, after which Cytoscape redraws every element for a while instead of
    // its cached picture: the label of a node under the pointer is placed once the pointer has
    // rested on it (a pointer on its way to a wheel zoom does not slow the zoom down), and only
    // when it has none. A label kept after the pointer leaves covers no other: the rest were
    // placed around it.
    pointerOver(id, hasLabel) {
      hovered = id;
      if (!restTimer && !hasLabel) placeAfterRest(HOVER_MS);
    },
    pointerOut() {
      hovered = null;
    },
    get hovered() {
      return hovered;
    },
    dispose() {
      isDisposed = true;
      if (frame) clock.cancelFrame(frame);
      if (verifyFrame) clock.cancelFrame(verifyFrame);
      frame = 0;
      verifyFrame = 0;
      clearRest();
    },
  };
}
