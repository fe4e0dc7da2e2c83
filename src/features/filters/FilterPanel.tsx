import { useMemo } from 'react';
import { ShapeIcon } from '../../components/ShapeIcon';
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
  const typeCounts = useMemo(
    () => countBy(dataset.dataset.entities, (entity) => entity.type),
    [dataset],
  );
  const relationshipCounts = useMemo(
    () => countBy(dataset.dataset.relationships, (relationship) => relationship.type),
    [dataset],
  );
  const certaintyCounts = useMemo(
    () => countBy(dataset.dataset.relationships, (relationship) => relationship.certainty),
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
            <label key={type} className="legend-item">
              <input
                type="checkbox"
                checked={!state.hiddenTypes.includes(type)}
                onChange={() =>
                  go({ hiddenTypes: toggleIn(state.hiddenTypes, type, ENTITY_TYPES) })
                }
              />
              <ShapeIcon type={type} /> {ENTITY_TYPE_LABELS[type].plural}{' '}
              <span className="count">{typeCounts.get(type)}</span>
            </label>
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
            <label
              key={certainty}
              className="legend-item"
              title={CERTAINTY_LABELS[certainty].description}
            >
              <input
                type="checkbox"
                checked={!state.hiddenCertainties.includes(certainty)}
                onChange={() =>
                  go({
                    hiddenCertainties: toggleIn(state.hiddenCertainties, certainty, CERTAINTIES),
                  })
                }
              />
              <span className={`line-sample line-${certainty}`} aria-hidden="true" />{' '}
              {CERTAINTY_LABELS[certainty].label}{' '}
              <span className="count">{certaintyCounts.get(certainty)}</span>
            </label>
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
              <label key={type} className="legend-item">
                <input
                  type="checkbox"
                  checked={!state.hiddenRelationships.includes(type)}
                  onChange={() =>
                    go({
                      hiddenRelationships: toggleIn(
                        state.hiddenRelationships,
                        type,
                        RELATIONSHIP_TYPES,
                      ),
                    })
                  }
                />
                {RELATIONSHIP_LABELS[type].forward}{' '}
                <span className="count">{relationshipCounts.get(type)}</span>
              </label>
            ))}
          </div>
        </details>
      </div>
    </details>
  );
}
