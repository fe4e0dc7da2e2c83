import { LAYOUT_LABELS, useGraphCommands } from '../../graph';
import { useViewState } from '../../url/use-view-state';
import {
  DEPTHS,
  DIRECTIONS,
  isDepth,
  isDirection,
  isLayoutName,
  LAYOUTS,
  type Direction,
} from '../../url/view-state';
import { useDataset } from '../../queries/use-dataset';

const DIRECTION_LABELS: Record<Direction, string> = {
  both: 'Both directions',
  out: 'Outgoing only',
  in: 'Incoming only',
};

export function GraphToolbar() {
  const commands = useGraphCommands();
  const dataset = useDataset();
  const { state, go } = useViewState();
  const { focus } = state;
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
      <button type="button" onClick={() => commands.fit()} title="Fit the graph to the window (F)">
        Fit
      </button>
      <button
        type="button"
        onClick={() => commands.zoomIn()}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => commands.zoomOut()}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <label className="toolbar-field">
        Layout{' '}
        <select
          value={state.layout}
          onChange={(event) => {
            const layout = event.target.value;
            if (isLayoutName(layout)) go({ layout });
          }}
        >
          {LAYOUTS.map((layout) => (
            <option key={layout} value={layout}>
              {LAYOUT_LABELS[layout]}
            </option>
          ))}
        </select>
      </label>
      {focus && (
        <div className="focus-controls" role="group" aria-label="Focus">
          <span>
            Focus:{' '}
            <strong>
              <bdi>{dataset.entityById.get(focus.id)?.name}</bdi>
            </strong>
          </span>
          <label className="toolbar-field">
            Depth{' '}
            <select
              value={focus.depth}
              onChange={(event) => {
                const depth = Number(event.target.value);
                if (isDepth(depth)) go({ focus: { ...focus, depth } });
              }}
            >
              {DEPTHS.map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            Direction{' '}
            <select
              value={focus.direction}
              onChange={(event) => {
                const direction = event.target.value;
                if (isDirection(direction)) go({ focus: { ...focus, direction } });
              }}
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {DIRECTION_LABELS[direction]}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-check">
            <input
              type="checkbox"
              checked={state.others === 'hide'}
              onChange={(event) => go({ others: event.target.checked ? 'hide' : 'fade' })}
            />{' '}
            Hide the rest
          </label>
          <button type="button" onClick={() => go({ focus: null })}>
            Clear focus
          </button>
        </div>
      )}
    </div>
  );
}
