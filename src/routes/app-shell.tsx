import { useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useOutlet } from 'react-router';
import { AnnouncerProvider } from '../components/announcer';
import { useDataset, useDatasetId } from '../queries/use-dataset';
import { datasetHref } from '../features/datasets/dataset-href';
import { DatasetsMenu } from '../features/datasets/datasets-menu';
import { OpenDatasetProvider } from '../features/datasets/open-dataset';
import { FilterPanel } from '../features/filters/filter-panel';
import { GraphPane } from '../features/graph-pane/graph-pane';
import { HelpDialog } from '../features/keyboard/help-dialog';
import { useGlobalShortcuts } from '../features/keyboard/use-global-shortcuts';
import { LinkNotice } from '../features/notices/link-notice';
import { PathPanel } from '../features/paths/path-panel';
import { SearchBox } from '../features/search/search-box';
import { ExportMenu } from '../features/export/export-menu';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { KeepSharedDataset } from '../features/share/keep-shared-dataset';
import { ShareMenu } from '../features/share/share-menu';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { GraphCommandsProvider } from '../graph';
import { GraphViewProvider, GraphViewSnapshot, useGraphView } from '../view/graph-view-context';
import { useAfterNextFrame } from '../lib/use-after-next-frame';
import { PHONE_QUERY, useMediaQuery } from '../lib/use-media-query';
import { useViewState, useViewStateFromUrl, ViewStateProvider } from '../url/use-view-state';

/** The frame every view shares: header, the graph (mounted once), and the panel of the route. */
export function AppShell() {
  const dataset = useDataset();
  const view = useViewStateFromUrl(dataset);
  return (
    <ViewStateProvider value={view}>
      <GraphViewProvider dataset={dataset} state={view.state}>
        <GraphCommandsProvider>
          <AnnouncerProvider>
            <OpenDatasetProvider targetFor={datasetHref}>
              <Workspace />
            </OpenDatasetProvider>
          </AnnouncerProvider>
        </GraphCommandsProvider>
      </GraphViewProvider>
    </ViewStateProvider>
  );
}

function Workspace() {
  const { state, rejected, hrefFor } = useViewState();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  // On a phone the panel comes first and the graph opens over it, one tap away.
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [isGraphOpen, setIsGraphOpen] = useState(false);
  const isGraphShown = !isPhone || isGraphOpen;
  useGlobalShortcuts(() => setIsHelpOpen(true));
  // Which dataset the page shows, once it shows it: end-to-end tests and `npm run bench` wait on it.
  const datasetReady = useDatasetId() ?? 'bundled';
  return (
    <div
      className="app"
      data-page={state.page.kind}
      data-graph-open={isPhone && isGraphOpen ? '' : undefined}
      data-dataset-ready={datasetReady}
    >
      <a href="#panel" className="skip-link">
        Skip to details
      </a>
      <header className="app-header">
        <Link to={hrefFor({ page: { kind: 'home' } })} className="brand">
          Liaison
        </Link>
        <SearchBox />
        <div className="header-actions">
          <Link
            to={hrefFor({ page: { kind: 'claims' } })}
            className="header-link"
            aria-current={state.page.kind === 'claims' ? 'page' : undefined}
          >
            Claims
          </Link>
          <ExportMenu />
          {isPhone && (
            <button
              type="button"
              className="graph-toggle"
              aria-expanded={isGraphOpen}
              aria-controls="graph-pane"
              onClick={() => setIsGraphOpen(!isGraphOpen)}
            >
              {isGraphOpen ? 'Show the details' : 'Show the graph'}
            </button>
          )}
          <DatasetsMenu />
          <CopyLinkButton />
          <ShareMenu />
          <button
            type="button"
            onClick={() => setIsHelpOpen(true)}
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            ?
          </button>
        </div>
      </header>
      <LinkNotice rejected={rejected} />
      <KeepSharedDataset />
      <main className="workspace">
        <GraphPane
          filters={<FilterPanel />}
          isShown={isGraphShown}
          onChoose={() => {
            // What was chosen opens in the panel: bring it into view.
            setIsGraphOpen(false);
            window.scrollTo({ top: 0 });
          }}
        />
        <aside className="panel" id="panel" aria-label="Details" tabIndex={-1}>
          <PanelAfterGraph>
            <TimelinePanel />
            <PathPanel />
          </PanelAfterGraph>
        </aside>
      </main>
      <HelpDialog isOpen={isHelpOpen} onClose={() => setIsHelpOpen(false)} />
    </div>
  );
}

/**
 * The panel (`children`, then the route's own) follows the graph a frame later: a selection or
 * a filter is drawn first, then the panel it opens is rendered and laid out, which can take
 * longer than a frame. Until then the panel keeps the route, view state and graph view it was
 * rendered with, so it is not rendered again in between.
 */
function PanelAfterGraph({ children }: { children: ReactNode }) {
  const view = useViewState();
  const graphView = useGraphView();
  const route = useOutlet();
  const location = useLocation();
  const current = useMemo(
    () => (
      <ViewStateProvider value={view}>
        <GraphViewSnapshot view={graphView}>
          {children}
          {route}
        </GraphViewSnapshot>
      </ViewStateProvider>
    ),
    [view, graphView, children, route],
  );
  return useAfterNextFrame(current, location);
}
