import type { Entity } from '../../data/schema/schema';
import { useViewState } from '../../url/use-view-state';
import type { Depth } from '../../url/view-state';

/** What a reader can do from an entity: focus the graph on it, or trace a path from or to it. */
export function EntityActions({ entity }: { entity: Entity }) {
  const { state, go } = useViewState();
  const isFocused = state.focus?.id === entity.id;
  const focusAt = (depth: Depth) =>
    go({ focus: { id: entity.id, depth, direction: state.focus?.direction ?? 'both' } });
  return (
    <div className="entity-actions" role="group" aria-label={`Actions for ${entity.name}`}>
      <span className="action-label">Focus:</span>
      {([1, 2, 3] as const).map((depth) => (
        <button
          key={depth}
          type="button"
          aria-pressed={isFocused && state.focus?.depth === depth}
          onClick={() => focusAt(depth)}
          title={`Show what lies within ${depth} step${depth > 1 ? 's' : ''} (key ${depth})`}
        >
          {depth} step{depth > 1 ? 's' : ''}
        </button>
      ))}
      {isFocused && (
        <button type="button" onClick={() => go({ focus: null })}>
          Clear focus
        </button>
      )}
      <span className="action-label">Path:</span>
      <button
        type="button"
        aria-pressed={state.pathFrom === entity.id}
        onClick={() => go({ pathFrom: entity.id })}
      >
        From here
      </button>
      <button
        type="button"
        aria-pressed={state.pathTo === entity.id}
        onClick={() => go({ pathTo: entity.id })}
      >
        To here
      </button>
    </div>
  );
}
