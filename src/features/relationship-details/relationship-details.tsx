import { Link } from 'react-router';
import { CertaintyBadge } from '../../components/certainty-badge';
import { DateText } from '../../components/date-text';
import { EntityLink } from '../../components/entity-link';
import { Notes } from '../../components/notes';
import { RecordEvidenceList, RecordProperties } from '../../components/record-evidence';
import { relationshipLabel } from '../../data/model/describe';
import type { Relationship } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { CERTAINTY_LABELS } from '../../data/schema/vocabulary';
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
            {relationship.evidence.length === 0 && relationship.certainty === 'stated'
              ? 'The record states it.'
              : CERTAINTY_LABELS[relationship.certainty].description}
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
            <dt>{relationship.endDate ? 'From' : 'When'}</dt>
            <dd>
              <DateText date={relationship.date} />
            </dd>
          </div>
        )}
        {relationship.endDate && (
          <div className="field">
            <dt>Until</dt>
            <dd>
              <DateText date={relationship.endDate} />
            </dd>
          </div>
        )}
      </dl>
      <Notes notes={relationship.notes} />
      <RecordProperties properties={relationship.properties} />
      <section className="facts">
        <h2>How we know</h2>
        <RecordEvidenceList records={relationship.records} />
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
