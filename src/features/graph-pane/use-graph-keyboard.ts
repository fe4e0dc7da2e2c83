import { useMemo, useState, type KeyboardEvent } from 'react';
import type { IndexedDataset } from '../../data/model/indexed-dataset';
import { useGraphCommands } from '../../graph';
import { useViewState } from '../../url/use-view-state';
import { useAnnounce } from '../../components/announcer';
import { selectKeyboardSteps, type KeyboardStep } from './keyboard-steps';

const stepId = (step: KeyboardStep) => step.relationship?.id ?? step.entityId;

/**
 * Arrow keys move a cursor along the drawn edges of the selected entity,
 * Enter opens the entity under the cursor, Escape clears. The cursor is
 * transient (not in the URL): it belongs to the selection it started from.
 */
export function useGraphKeyboard(dataset: IndexedDataset, isDrawn: (id: string) => boolean) {
  const { state, go } = useViewState();
  const announce = useAnnounce();
  const commands = useGraphCommands();
  const selectedEntityId = state.page.kind === 'entity' ? state.page.id : null;
  // The cursor remembers what it rests on, not a position, so a filter change cannot move it.
  const [cursor, setCursor] = useState<{ from: string | null; stepId: string } | null>(null);
  const steps = useMemo(
    () => selectKeyboardSteps(dataset, selectedEntityId, isDrawn),
    [dataset, selectedEntityId, isDrawn],
  );
  const found =
    cursor && cursor.from === selectedEntityId
      ? steps.findIndex((step) => stepId(step) === cursor.stepId)
      : -1;
  const position = found === -1 ? null : found;
  const current = position === null ? undefined : steps[position];

  const move = (delta: number) => {
    if (steps.length === 0) {
      announce('Nothing to move to: no connections are drawn.');
      return;
    }
    const at =
      position === null
        ? delta > 0
          ? 0
          : steps.length - 1
        : (position + delta + steps.length) % steps.length;
    const step = steps[at]!;
    setCursor({ from: selectedEntityId, stepId: stepId(step) });
    commands.centre(step.entityId);
    announce(`${step.announcement}. ${at + 1} of ${steps.length}.`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
        if (!current) return;
        setCursor(null);
        go({ page: { kind: 'entity', id: current.entityId } });
        announce(`Opened ${dataset.entityById.get(current.entityId)?.name}.`);
        break;
      case 'Escape':
        setCursor(null);
        go({ page: { kind: 'home' } });
        announce('Selection cleared.');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return { cursorId: current?.entityId ?? null, onKeyDown };
}
