import { useEffect, useRef } from 'react';
import { useGraphCommands } from '../../graph/graph-commands';
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
  const latest = useRef({ view, commands, onHelp });
  useEffect(() => {
    latest.current = { view, commands, onHelp };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const { view, commands, onHelp } = latest.current;
      const { state, go } = view;
      const selected = state.page.kind === 'entity' ? state.page.id : null;
      const actions: Record<string, () => void> = {
        '/': () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
        '?': onHelp,
        f: () => commands.fit(),
        F: () => commands.fit(),
        '+': () => commands.zoomIn(),
        '=': () => commands.zoomIn(),
        '-': () => commands.zoomOut(),
        '0': () => go({ focus: null }),
      };
      for (const depth of DEPTHS) {
        actions[String(depth)] = () => {
          const id = selected ?? state.focus?.id;
          if (id) go({ focus: { id, depth, direction: state.focus?.direction ?? 'both' } });
        };
      }
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
