import { useMemo, type ReactNode } from 'react';
import { ShapeIcon } from '../../components/shape-icon';
import {
  CERTAINTIES,
  CERTAINTY_LABELS,
  ENTITY_TYPE_LABELS,
  RELATIONSHIP_LABELS,
} from '../../data/vocabulary';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../data/schema';
import { useDataset } from '../../data/use-dataset';
import { useMediaQuery } from '../../lib/use-media-query';
import { useViewState } from '../../url/use-view-state';
import { countBy, toggleIn } from './filter-logic';

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

  return (
    <details className="filters-toggle" open={isWide || undefined}>
      <summary>Legend and filters</summary>
      <div className="filters">
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
              <span className={`line-sample line-${certainty}`} aria-hidden="true" />{' '}
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
