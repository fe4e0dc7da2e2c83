import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createLabelScheduler,
  HOVER_MS,
  SETTLE_MS,
  type LabelScheduler,
  type SchedulerClock,
} from './label-scheduler';

const FRAME_MS = 16;
// Fake timers for the rest and the frames; microtasks stay real and are awaited.
const clock: SchedulerClock = {
  setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  queueMicrotask: (run) => queueMicrotask(run),
  requestFrame: (run) => setTimeout(run, FRAME_MS) as unknown as number,
  cancelFrame: (id) => clearTimeout(id),
};
const microtasks = () => Promise.resolve();

let place: ReturnType<typeof vi.fn<() => void>>;
let isAnimated: boolean;
let scheduler: LabelScheduler;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  place = vi.fn<() => void>(() => scheduler.startPlacing());
  isAnimated = false;
  scheduler = createLabelScheduler({ place, isAnimated: () => isAnimated }, clock);
});
afterEach(() => {
  scheduler.dispose();
  vi.useRealTimers();
});

describe('createLabelScheduler', () => {
  it('places once before the frame, however many changes come in one task', async () => {
    scheduler.schedule();
    scheduler.schedule();
    scheduler.schedule();
    expect(place).not.toHaveBeenCalled();
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    await microtasks();
    expect(place).toHaveBeenCalledTimes(2);
  });

  it('waits for the view to rest: each move starts the wait again', async () => {
    scheduler.viewportMoved();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    scheduler.viewportMoved();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('treats a drag that pauses as a drag: it places only after the release and a rest', async () => {
    scheduler.hold();
    scheduler.viewportMoved();
    vi.advanceTimersByTime(SETTLE_MS * 4);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
    scheduler.release();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('does not wait again after a release when nothing was waiting', async () => {
    scheduler.hold();
    scheduler.release();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
  });

  it('leaves a rest during an animation to the animation, which ends with schedule()', async () => {
    isAnimated = true;
    scheduler.viewportMoved();
    vi.advanceTimersByTime(SETTLE_MS);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
  });

  it('places a hovered label once the pointer rests on it, and only if it has none', async () => {
    scheduler.pointerOver('a', true);
    expect(scheduler.hovered).toBe('a');
    vi.advanceTimersByTime(HOVER_MS * 4);
    await microtasks();
    expect(place).not.toHaveBeenCalled();

    scheduler.pointerOver('b', false);
    vi.advanceTimersByTime(HOVER_MS - 1);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
    scheduler.pointerOut();
    expect(scheduler.hovered).toBeNull();
  });

  it('lets a waiting rest run its course rather than hovering over it', async () => {
    scheduler.viewportMoved();
    vi.advanceTimersByTime(SETTLE_MS - HOVER_MS);
    scheduler.pointerOver('a', false);
    vi.advanceTimersByTime(HOVER_MS - 1);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('ends a wait when placing begins for another reason', async () => {
    scheduler.viewportMoved();
    scheduler.schedule();
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(SETTLE_MS);
    await microtasks();
    expect(place).toHaveBeenCalledTimes(1);
  });

  it('places on the next frame once, and checks what was drawn after the last placing only', () => {
    const check = vi.fn<(which: string) => void>();
    scheduler.placeNextFrame();
    scheduler.placeNextFrame();
    scheduler.afterDraw(() => check('first'));
    scheduler.afterDraw(() => check('second'));
    vi.advanceTimersByTime(FRAME_MS);
    expect(place).toHaveBeenCalledTimes(1);
    expect(check.mock.calls).toEqual([['second']]);
  });

  it('does nothing once disposed', async () => {
    scheduler.viewportMoved();
    scheduler.placeNextFrame();
    scheduler.afterDraw(() => place());
    scheduler.schedule();
    scheduler.dispose();
    scheduler.schedule();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    await microtasks();
    expect(place).not.toHaveBeenCalled();
  });
});
