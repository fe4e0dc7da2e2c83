import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EntityLink } from '../../components/entity-link';
import { Notes } from '../../components/notes';
import { RelationshipSentence } from '../../components/relationship-sentence';
import { ShapeIcon } from '../../components/shape-icon';
import { useDataset } from '../../queries/use-dataset';
import { ENTITY_TYPE_LABELS } from '../../data/schema/vocabulary';
import { groupBy } from '../../lib/group-by';
import { useGraphView } from '../../view/graph-view-context';
import { useViewState } from '../../url/use-view-state';
import { PanelHeading } from '../../components/panel-heading';
import { formatCount } from '../../lib/format-count';
import { describeView } from '../../url/describe-view';

const LIST_LIMIT = 100;

/**
 * The dataset as lists: every entity by type and every relationship, each a
 * link to the same view the graph opens. The graph's accessible mirror.
 */
export function Overview() {
  const dataset = useDataset();
  const { state, hrefFor } = useViewState();
  const graphView = useGraphView();
  const groups = useMemo(() => {
    // One pass: copying a growing list per entity made this quadratic on large datasets.
    const byType = groupBy(dataset.entities, (entity) => entity.type);
    for (const list of byType.values()) list.sort((a, b) => a.name.localeCompare(b.name));
    return [...byType].sort(([a], [b]) => a.localeCompare(b));
  }, [dataset]);
  const { relationships } = dataset;

  return (
    <article className="details" aria-labelledby="details-heading">
      <p className="eyebrow">Overview</p>
      <PanelHeading>{dataset.title}</PanelHeading>
      {dataset.entities.length === 0 ? (
        <p className="summary empty-state">
          This dataset is empty: it has no entities and no relationships yet. Add them to the file
          and reload.
        </p>
      ) : (
        <p className="summary">
          {formatCount(dataset.entities.length)} people, places, events and other things{' '}
          {dataset.sources.length > 0 ? 'the source names' : 'the records name'}, and{' '}
          {formatCount(relationships.length)} links between them, each traced to the{' '}
          {dataset.sources.length > 0 ? 'sentence' : 'record'} that states it. Choose a shape in the
          graph or a name below.
        </p>
      )}
      <Notes notes={dataset.notes ?? []} />
      {graphView.isPartial && (
        <p className="notice-inline" role="status">
          The graph is showing {formatCount(graphView.visibleNodeCount)} of{' '}
          {formatCount(dataset.entities.length)} entities and{' '}
          {formatCount(graphView.visibleEdgeCount)} of {formatCount(relationships.length)}{' '}
          relationships:{' '}
          {graphView.overview
            ? 'an overview grown from the best connected ("Show" above the graph draws more)'
            : describeView(state, dataset)}
          .
        </p>
      )}
      <ul className="source-links">
        {dataset.sources.map((source) => (
          <li key={source.id}>
            Source:{' '}
            <Link to={hrefFor({ page: { kind: 'source', id: source.id } })}>
              <bdi>{source.title}</bdi>
            </Link>{' '}
            ·{' '}
            <Link to={hrefFor({ page: { kind: 'walkthrough', id: source.id } })}>
              read it paragraph by paragraph
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="entities-heading">
        <h2 id="entities-heading">Everything named</h2>
        {groups.map(([type, entities]) => (
          <details key={type} open className="entity-group">
            <summary>
              <ShapeIcon type={type} /> {ENTITY_TYPE_LABELS[type].plural} ({entities.length})
            </summary>
            <CappedList
              items={entities}
              keyOf={(entity) => entity.id}
              render={(entity) => <EntityLink id={entity.id} />}
            />
          </details>
        ))}
      </section>
      <section aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">Relationships ({relationships.length})</h2>
        <details className="entity-group">
          <summary>Show every relationship</summary>
          <CappedList
            items={relationships}
            keyOf={(relationship) => relationship.id}
            render={(relationship) => <RelationshipSentence relationship={relationship} />}
          />
        </details>
      </section>
    </article>
  );
}

function CappedList<T>({
  items,
  keyOf,
  render,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T) => React.ReactNode;
}) {
  const [isAll, setIsAll] = useState(false);
  const shown = isAll ? items : items.slice(0, LIST_LIMIT);
  return (
    <>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button type="button" onClick={() => setIsAll(true)}>
          Show all {items.length}
        </button>
      )}
    </>
  );
}
