import { useId, useState } from 'react';
import { formatTimeWindow } from '../../data/time/time-points';
import type { Timeline } from '../../data/time/timeline';
import { useViewState } from '../../url/use-view-state';
import { describeBound, handleIndexes, slotLabel, windowFromHandles } from './timeline-scale';

/**
 * Two handles over the timeline's dates (native range inputs: arrow keys move them); the
 * window they make filters the graph and lives in the link (`when`).
 */
export function TimeWindowControls({ timeline }: { timeline: Timeline }) {
  const { state, go } = useViewState();
  const id = useId();
  const window = state.timeWindow;
  // The URL changes a moment after a handle moves; until it does, the handles show where the
  // user put them, so a second key press moves on from there and not from the old place.
  const windowKey = window ? formatTimeWindow(window) : '';
  const [moved, setMoved] = useState<{ key: string; handles: [number, number] } | null>(null);
  if (moved && moved.key !== windowKey) setMoved(null);
  const [from, to] =
    moved && moved.key === windowKey ? moved.handles : handleIndexes(timeline, window);
  const last = timeline.slots.length - 1;
  const label = (at: number) => slotLabel(timeline.slots[at]!);
  const move = (nextFrom: number, nextTo: number) => {
    setMoved({ key: windowKey, handles: [nextFrom, nextTo] });
    go({ timeWindow: windowFromHandles(timeline, nextFrom, nextTo) });
  };

  return (
    <fieldset className="time-window">
      <legend>Time window</legend>
      <div className="time-window-handles">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={from}
          aria-valuetext={label(from)}
          onChange={(event) => move(Math.min(Number(event.target.value), to), to)}
        />
        <output htmlFor={`${id}-from`}>{label(from)}</output>
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={to}
          aria-valuetext={label(to)}
          onChange={(event) => move(from, Math.max(Number(event.target.value), from))}
        />
        <output htmlFor={`${id}-to`}>{label(to)}</output>
      </div>
      <p className="time-window-status" role="status">
        {window ? (
          <>
            The graph shows{' '}
            {window.from ? describeBound(timeline, window.from, 'from') : 'the start'} to{' '}
            {window.to ? describeBound(timeline, window.to, 'to') : 'the end'}.{' '}
            <button type="button" onClick={() => go({ timeWindow: null })}>
              Show all dates
            </button>
          </>
        ) : (
          'Every date is shown. Move a handle to filter the graph to a time window.'
        )}
      </p>
      <p className="time-window-note">
        A window keeps what is known to fall inside it: events dated wholly inside (a month only
        when the whole month is), who and what took part in them, and the links among those. Undated
        events are left out. Dates relative to the undated publication come after every calendar
        date.
      </p>
    </fieldset>
  );
}
