import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useDataset } from '../../queries/use-dataset';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  loadGraphCanvas,
  toElements,
  type GraphCanvasModule,
} from '../../graph';
import { useGraphView } from '../../view/graph-view-context';
import { useMediaQuery } from '../../lib/use-media-query';
import { useViewState } from '../../url/use-view-state';
import { GraphToolbar } from './graph-toolbar';
import { OverviewBar } from './overview-bar';
import { useGraphKeyboard } from './use-graph-keyboard';

/**
 * The canvas's module once its code has loaded, null until then; loading starts when the graph
 * is first shown. A state update, not Suspense: React reveals a suspended boundary no sooner than
 * 300 ms after its fallback (its Suspense throttle), a delay measured on every load.
 */
function useGraphCanvasModule(isShown: boolean): GraphCanvasModule | null {
  // A graph once shown stays mounted (hiding it keeps its zoom); one never shown costs nothing.
  const [wasShown, setWasShown] = useState(isShown);
  if (isShown && !wasShown) setWasShown(true);
  const [loaded, setLoaded] = useState<{ module: GraphCanvasModule } | { error: unknown } | null>(
    null,
  );
  useEffect(() => {
    if (!wasShown) return;
    let isCurrent = true;
    loadGraphCanvas().then(
      (module) => isCurrent && setLoaded({ module }),
      (error: unknown) => isCurrent && setLoaded({ error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [wasShown]);
  if (loaded && 'error' in loaded) throw loaded.error;
  return loaded?.module ?? null;
}

/**
 * Cytoscape is most of the code: the panels should not wait for it. The entry calls this as
 * the page starts, when the graph will be shown, so the download runs alongside the dataset's
 * rather than after the dataset has been checked and the panel drawn. On a phone, where the
 * graph opens on request, nothing is loaded until it does.
 */
export function preloadGraphCanvas() {
  void loadGraphCanvas();
}

/**
 * The network: toolbar, canvas and the filters the shell hands in, reading and writing the
 * view state. On a phone it is shown on request (`isShown`), and `onChoose` hides it again
 * once the user has chosen something to read about.
 */
export function GraphPane({
  filters,
  isShown,
  onChoose,
}: {
  filters: ReactNode;
  isShown: boolean;
  onChoose: () => void;
}) {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const isDark = useMediaQuery('(prefers-color-scheme: dark)');
  const graphView = useGraphView();
  // Only what the view model puts in the canvas enters Cytoscape (the overview of a large dataset).
  const elements = useMemo(() => toElements(graphView.canvas), [graphView.canvas]);
  const keyboard = useGraphKeyboard(dataset, graphView.isDrawn);
  const classes = useMemo(
    () => ({ ...graphView, cursor: keyboard.cursorId }),
    [graphView, keyboard.cursorId],
  );
  const canvas = useGraphCanvasModule(isShown);

  return (
    <section
      className="graph-pane"
      id="graph-pane"
      aria-label="Network graph"
      hidden={!isShown}
      data-canvas-entities={graphView.canvas.entities.length}
    >
      <GraphToolbar />
      <OverviewBar view={graphView} total={dataset.entities.length} />
      {dataset.entities.length === 0 ? (
        <p className="graph-canvas graph-empty" role="status">
          Nothing to draw: this dataset has no entities yet.
        </p>
      ) : !canvas ? (
        <div className="graph-canvas graph-loading" role="status">
          Drawing the network…
        </div>
      ) : (
        <canvas.GraphCanvas
          elements={elements}
          classes={classes}
          layout={state.layout}
          palette={isDark ? DARK_PALETTE : LIGHT_PALETTE}
          frame={graphView.frame}
          label={`Network of ${graphView.visibleNodeCount} people, places and things, and ${graphView.visibleEdgeCount} links`}
          describedBy="graph-keyboard-help"
          onKeyDown={keyboard.onKeyDown}
          onTapNode={(id) => {
            go({ page: { kind: 'entity', id } });
            onChoose();
          }}
          onTapEdge={(id) => {
            go({ page: { kind: 'relationship', id } });
            onChoose();
          }}
          onTapBackground={() => go({ page: { kind: 'home' } })}
        />
      )}
      <p id="graph-keyboard-help" className="visually-hidden">
        Arrow keys move along the connections of the selected entity; Enter opens; Escape clears.
        Press question mark for every shortcut.
      </p>
      {filters}
    </section>
  );
}
