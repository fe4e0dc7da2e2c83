import { useMemo } from 'react';
import { CertaintyBadge } from '../../components/certainty-badge';
import { EntityLink } from '../../components/entity-link';
import { Evidence } from '../../components/evidence';
import { relationshipLabel } from '../../data/model/describe';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import { useGraphView } from '../../view/graph-view-context';

/** "How are these two connected?": the shortest paths, hop by hop, with their evidence. */
export function PathPanel() {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const { pathFrom, pathTo } = state;
  const entities = useMemo(
    () => [...dataset.entities].sort((a, b) => a.name.localeCompare(b.name)),
    [dataset],
  );
  const { paths } = useGraphView();
  if (!pathFrom && !pathTo) return null;

  const endpoint = (key: 'pathFrom' | 'pathTo', label: string) => (
    <label className="path-endpoint">
      {label}{' '}
      <select
        aria-label={`Path ${label.toLowerCase()}`}
        value={state[key] ?? ''}
        onChange={(event) => go({ [key]: event.target.value || null })}
      >
        <option value="">Choose a name…</option>
        {entities.map((entity) => (
          <option key={entity.id} value={entity.id}>
            {entity.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="path-panel" aria-labelledby="path-heading">
      <h2 id="path-heading">How are these two connected?</h2>
      <div className="path-endpoints">
        {endpoint('pathFrom', 'From')}
        {endpoint('pathTo', 'To')}
        <button type="button" onClick={() => go({ pathFrom: pathTo, pathTo: pathFrom })}>
          Swap
        </button>
        <button type="button" onClick={() => go({ pathFrom: null, pathTo: null })}>
          Close
        </button>
      </div>
      {pathFrom && pathFrom === pathTo && <p role="status">Choose two different names.</p>}
      {pathFrom && pathTo && pathFrom !== pathTo && paths.length === 0 && (
        <p role="status">No path joins them through the links now shown. Filters may hide one.</p>
      )}
      {paths.length > 0 && (
        <>
          <p role="status">
            {paths.length === 1 ? 'One shortest path' : `${paths.length} shortest paths`} of{' '}
            {paths[0]!.hops.length} step{paths[0]!.hops.length > 1 ? 's' : ''}, best attested first.
          </p>
          <ol className="paths">
            {paths.map((path) => (
              <li key={path.entityIds.join('>')}>
                <ol className="hops">
                  {path.hops.map((hop) => {
                    const best = hop.relationships[0]!;
                    return (
                      <li key={`${hop.from}>${hop.to}`}>
                        {/* Each hop reads in its relationship's own direction, which may run against the path. */}
                        <EntityLink id={best.source} />{' '}
                        <span className="hop-label">— {relationshipLabel(best)} →</span>{' '}
                        <EntityLink id={best.target} />{' '}
                        <CertaintyBadge certainty={best.certainty} />
                        {hop.relationships.length > 1 && (
                          <span className="fact-detail">
                            {' '}
                            (+{hop.relationships.length - 1} more links)
                          </span>
                        )}
                        {best.evidence[0] && (
                          <blockquote className="hop-quote">{best.evidence[0].quote}</blockquote>
                        )}
                        <Evidence items={best.evidence} />
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
