import { Link } from 'react-router';
import { CertaintyBadge } from '../../components/certainty-badge';
import { DateText } from '../../components/date-text';
import { EntityLink } from '../../components/entity-link';
import { Notes } from '../../components/notes';
import { relationshipLabel } from '../../data/describe';
import type { Relationship } from '../../data/schema';
import { useDataset } from '../../data/use-dataset';
import { CERTAINTY_LABELS } from '../../data/vocabulary';
import { useViewState } from '../../url/use-view-state';
import { PanelHeading } from '../../components/panel-heading';

/** A relationship, read as a sentence, with every quote that supports it shown in full. */
export function RelationshipDetails({ relationship }: { relationship: Relationship }) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  const source = dataset.entityById.get(relationship.source)!;
  const target = dataset.entityById.get(relationship.target)!;
  const label = relationshipLabel(relationship);
  return (
    <article className="details" aria-labelledby="details-heading">
      <p className="eyebrow">Relationship</p>
      <PanelHeading>
        <bdi>{source.name}</bdi> <bdi>{label}</bdi> <bdi>{target.name}</bdi>
      </PanelHeading>
      <p className="relationship-ends">
        <EntityLink id={relationship.source} />{' '}
        <span className="relationship-arrow">
          → <bdi>{label}</bdi> →
        </span>{' '}
        <EntityLink id={relationship.target} />
      </p>
      <dl className="fields">
        <div className="field">
          <dt>Certainty</dt>
          <dd>
            <CertaintyBadge certainty={relationship.certainty} />{' '}
            {CERTAINTY_LABELS[relationship.certainty].description}
          </dd>
        </div>
        {relationship.role && (
          <div className="field">
            <dt>Role</dt>
            <dd>{relationship.role}</dd>
          </div>
        )}
        {relationship.date && (
          <div className="field">
            <dt>When</dt>
            <dd>
              <DateText date={relationship.date} />
            </dd>
          </div>
        )}
      </dl>
      <Notes notes={relationship.notes} />
      <section className="facts">
        <h2>How we know</h2>
        <ul className="quotes">
          {relationship.evidence.map((item) => (
            <li key={`${item.source}:${item.start}`}>
              <blockquote>
                <bdi>{item.quote}</bdi>
              </blockquote>
              <Link
                to={hrefFor({
                  page: { kind: 'source', id: item.source },
                  span: { start: item.start, end: item.end },
                })}
              >
                Show in <bdi>{dataset.sourceById.get(item.source)?.title ?? 'the source'}</bdi>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
