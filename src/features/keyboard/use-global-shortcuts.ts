import { useEffect, useEffectEvent } from 'react';
import { useGraphCommands } from '../../graph';
import { useViewState } from '../../url/use-view-state';
import { DEPTHS } from '../../url/view-state';
import { SEARCH_INPUT_ID } from '../../lib/element-ids';

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Shortcuts that work anywhere outside a text field. */
export function useGlobalShortcuts(onHelp: () => void) {
  const view = useViewState();
  const commands = useGraphCommands();
  const handleKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const { state, go } = view;
    const selected = state.page.kind === 'entity' ? state.page.id : null;
    // A Map, not an object literal: a key such as "constructor" must find nothing.
    const actions = new Map<string, () => void>([
      ['/', () => document.getElementById(SEARCH_INPUT_ID)?.focus()],
      ['?', onHelp],
      ['f', () => commands.fit()],
      ['F', () => commands.fit()],
      ['+', () => commands.zoomIn()],
      ['=', () => commands.zoomIn()],
      ['-', () => commands.zoomOut()],
      ['0', () => go({ focus: null })],
    ]);
    for (const depth of DEPTHS) {
      actions.set(String(depth), () => {
        const id = selected ?? state.focus?.id;
        if (id) go({ focus: { id, depth, direction: state.focus?.direction ?? 'both' } });
      });
    }
    const action = actions.get(event.key);
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => handleKeyDown(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
