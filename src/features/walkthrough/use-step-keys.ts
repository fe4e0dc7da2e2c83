import { useEffect, useEffectEvent } from 'react';

function isElsewhere(target: EventTarget | null) {
  // Text fields and range inputs use the arrows; the graph moves its cursor with them.
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
      !!target.closest('.graph-pane'))
  );
}

/** ← and → step a walkthrough back and forth, wherever focus is not already using them. */
export function useStepKeys(onPrevious: () => void, onNext: () => void) {
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (isElsewhere(event.target)) return;
    if (event.key === 'ArrowLeft') onPrevious();
    else if (event.key === 'ArrowRight') onNext();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
