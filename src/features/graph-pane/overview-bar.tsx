import type { GraphView } from '../../graph/graph-view';
import { OVERVIEW_FROM, OVERVIEW_SIZE, selectMoreChoices } from '../../graph/overview-step';
import { useViewState } from '../../url/use-view-state';

const count = (value: number) => value.toLocaleString('en');

/**
 * On a large dataset, says how much of it the graph draws and offers more; the choice lives
 * in the URL (`show`). See docs/decisions/0007-overview-first.md.
 */
export function OverviewBar({ view, total }: { view: GraphView; total: number }) {
  const { go } = useViewState();
  const { overview, canvas } = view;
  if (!overview) {
    if (total <= OVERVIEW_FROM) return null;
    return (
      <div className="overview-bar">
        <p>All {count(total)} entities are drawn.</p>
        <button type="button" onClick={() => go({ show: null })}>
          Show only the {count(OVERVIEW_SIZE)} most connected
        </button>
      </div>
    );
  }
  const { more, isAllOffered } = selectMoreChoices(overview.limit, total);
  const extras = canvas.extras.size;
  return (
    <div className="overview-bar">
      <p role="status">
        Showing the {count(overview.limit)} most connected of {count(total)} entities
        {extras > 0 && `, and ${count(extras)} more around what is open`}.
      </p>
      {more !== null && (
        <button type="button" onClick={() => go({ show: more })}>
          Show {count(more)}
        </button>
      )}
      {isAllOffered && (
        <button type="button" onClick={() => go({ show: 'all' })}>
          Show all {count(total)}
        </button>
      )}
    </div>
  );
}
