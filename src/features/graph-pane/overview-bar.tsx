import type { GraphView } from '../../view/graph-view';
import { OVERVIEW_FROM, OVERVIEW_SIZE, selectMoreChoices } from '../../view/overview-step';
import { useViewState } from '../../url/use-view-state';
import { formatCount } from '../../lib/format-count';

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
        <p>All {formatCount(total)} entities are drawn.</p>
        <button type="button" onClick={() => go({ show: null })}>
          Show an overview of {formatCount(OVERVIEW_SIZE)}
        </button>
      </div>
    );
  }
  const { more, isAllOffered } = selectMoreChoices(overview.limit, total);
  const extras = canvas.extras.size;
  return (
    <div className="overview-bar">
      <p role="status">
        Showing {formatCount(overview.limit)} of {formatCount(total)} entities, grown from the best
        connected along their links
        {extras > 0 && `, and ${formatCount(extras)} more around what is open`}.
      </p>
      {more !== null && (
        <button type="button" onClick={() => go({ show: more })}>
          Show {formatCount(more)}
        </button>
      )}
      {isAllOffered && (
        <button type="button" onClick={() => go({ show: 'all' })}>
          Show all {formatCount(total)}
        </button>
      )}
    </div>
  );
}
