import { useMemo, type ReactNode } from 'react';
import { ShapeIcon } from '../../components/shape-icon';
import {
  CERTAINTIES,
  CERTAINTY_LABELS,
  ENTITY_TYPE_LABELS,
  RELATIONSHIP_LABELS,
} from '../../data/schema/vocabulary';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../data/schema/type-lists';
import { useDataset } from '../../queries/use-dataset';
import { useMediaQuery } from '../../lib/use-media-query';
import { useViewState } from '../../url/use-view-state';
import { useGraphView } from '../../view/graph-view-context';
import { countBy, toggleIn } from './filter-logic';
import { LineSample } from './line-sample';
import { formatCount } from '../../lib/format-count';

/** The legend, which doubles as the type filter, and the relationship and certainty filters. */
export function FilterPanel() {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const typeCounts = useMemo(() => countBy(dataset.entities, (entity) => entity.type), [dataset]);
  const relationshipCounts = useMemo(
    () => countBy(dataset.relationships, (relationship) => relationship.type),
    [dataset],
  );
  const certaintyCounts = useMemo(
    () => countBy(dataset.relationships, (relationship) => relationship.certainty),
    [dataset],
  );
  // On a phone the legend starts folded, leaving the screen to the graph and the panel.
  const isWide = useMediaQuery('(min-width: 761px)');
  const isSpeculationHidden = state.hiddenCertainties.includes('speculated');
  const graphView = useGraphView();
  const isLinkFiltered = state.hiddenRelationships.length > 0 || state.hiddenCertainties.length > 0;

  return (
    <details className="filters-toggle" open={isWide || undefined}>
      <summary>Legend and filters</summary>
      <div className="filters">
        <div className="legend-status" role="status">
          {graphView.isPartial && (
            <p>
              Showing {formatCount(graphView.visibleNodeCount)} of{' '}
              {formatCount(dataset.entities.length)} entities and{' '}
              {formatCount(graphView.visibleEdgeCount)} of{' '}
              {formatCount(dataset.relationships.length)} relationships.
            </p>
          )}
          {graphView.path.size > 0 && <p>The path is highlighted; everything else is faded.</p>}
        </div>
        {isLinkFiltered && (
          <label className="legend-item">
            <input
              type="checkbox"
              checked={state.unlinked === 'show'}
              onChange={(event) => go({ unlinked: event.target.checked ? 'show' : 'hide' })}
            />
            Keep entities the link filters leave unconnected
            {graphView.unlinkedCount > 0 && (
              <span className="count"> ({graphView.unlinkedCount} hidden)</span>
            )}
          </label>
        )}
        <fieldset className="legend">
          <legend>Entity types</legend>
          {ENTITY_TYPES.filter((type) => typeCounts.has(type)).map((type) => (
            <ShownToggle
              key={type}
              isShown={!state.hiddenTypes.includes(type)}
              count={typeCounts.get(type)}
              onToggle={() => go({ hiddenTypes: toggleIn(state.hiddenTypes, type, ENTITY_TYPES) })}
            >
              <ShapeIcon type={type} /> {ENTITY_TYPE_LABELS[type].plural}
            </ShownToggle>
          ))}
        </fieldset>
        <fieldset className="legend">
          <legend>Certainty of links</legend>
          <button
            type="button"
            aria-pressed={isSpeculationHidden}
            onClick={() =>
              go({
                hiddenCertainties: toggleIn(state.hiddenCertainties, 'speculated', CERTAINTIES),
              })
            }
          >
            {isSpeculationHidden ? 'Show speculation' : 'Hide speculation'}
          </button>
          {CERTAINTIES.filter((certainty) => certaintyCounts.has(certainty)).map((certainty) => (
            <ShownToggle
              key={certainty}
              title={CERTAINTY_LABELS[certainty].description}
              isShown={!state.hiddenCertainties.includes(certainty)}
              count={certaintyCounts.get(certainty)}
              onToggle={() =>
                go({
                  hiddenCertainties: toggleIn(state.hiddenCertainties, certainty, CERTAINTIES),
                })
              }
            >
              <LineSample certainty={certainty} />
              {CERTAINTY_LABELS[certainty].label}
            </ShownToggle>
          ))}
        </fieldset>
        <details className="legend">
          <summary>
            Relationship types
            {state.hiddenRelationships.length > 0 &&
              ` (${state.hiddenRelationships.length} hidden)`}
          </summary>
          <div className="legend-columns">
            {RELATIONSHIP_TYPES.filter((type) => relationshipCounts.has(type)).map((type) => (
              <ShownToggle
                key={type}
                isShown={!state.hiddenRelationships.includes(type)}
                count={relationshipCounts.get(type)}
                onToggle={() =>
                  go({
                    hiddenRelationships: toggleIn(
                      state.hiddenRelationships,
                      type,
                      RELATIONSHIP_TYPES,
                    ),
                  })
                }
              >
                {RELATIONSHIP_LABELS[type].forward}
              </ShownToggle>
            ))}
          </div>
        </details>
      </div>
    </details>
  );
}

/** One line of the legend: a checkbox that shows or hides what it names, with its count. */
function ShownToggle({
  isShown,
  count,
  title,
  onToggle,
  children,
}: {
  isShown: boolean;
  count: number | undefined;
  title?: string;
  onToggle: () => void;
  children: ReactNode;
}) {
  return (
    <label className="legend-item" title={title}>
      <input type="checkbox" checked={isShown} onChange={onToggle} />
      {children} <span className="count">{count}</span>
    </label>
  );
}
