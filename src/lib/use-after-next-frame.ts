import { useEffect, useState } from 'react';

/**
 * `value`, but a change (a new `key`) shows here only once the browser has drawn a frame with
 * it elsewhere: the part of the page that reads it renders after that frame, not before it.
 * Changes that come faster than frames show only the last.
 */
export function useAfterNextFrame<T>(value: T, key: unknown): T {
  const [shown, setShown] = useState({ value, key });
  const isCurrent = Object.is(shown.key, key);
  useEffect(() => {
    if (isCurrent) return;
    let timer = 0;
    // The frame's callbacks run first; the task after them comes once it is drawn.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown({ value, key }));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [isCurrent, key, value]);
  return isCurrent ? value : shown.value;
}
