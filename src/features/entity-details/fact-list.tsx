import { Link } from 'react-router';
import { CertaintyBadge } from '../../components/certainty-badge';
import { EntityLink } from '../../components/entity-link';
import { Evidence } from '../../components/evidence';
import { formatDate } from '../../data/time/dates';
import { relationshipTitle } from '../../data/model/describe';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import type { FactGroup } from './facts';

export function FactList({ group }: { group: FactGroup }) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  return (
    <section className="facts">
      <h2>{group.heading}</h2>
      <ul>
        {group.items.map(({ entityId, relationship, detail }) => {
          const other = dataset.entityById.get(entityId);
          const date = relationship.date ?? (other && 'date' in other ? other.date : undefined);
          return (
            <li key={relationship.id}>
              <EntityLink id={entityId} />
              {detail && (
                <span className="fact-detail">
                  {' '}
                  — <bdi>{detail}</bdi>
                </span>
              )}
              {date && <span className="fact-date"> · {formatDate(date)}</span>}{' '}
              <CertaintyBadge certainty={relationship.certainty} />{' '}
              <Link
                to={hrefFor({ page: { kind: 'relationship', id: relationship.id } })}
                className="fact-relationship"
                aria-label={`Link: ${relationshipTitle(dataset, relationship)}`}
              >
                Link
              </Link>{' '}
              <Evidence items={relationship.evidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
