import { CertaintyBadge } from '../../components/certainty-badge';
import { DateText } from '../../components/date-text';
import { EntityLink } from '../../components/entity-link';
import { Evidence, SourceLink } from '../../components/evidence';
import type { Entity } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { statementLead } from './statement-words';
import { DATE_NOT_STATED, selectWhen } from './when';

/** The attributes of an entity that are its own rather than links: dates, titles, purposes. */
export function EntityFields({ entity }: { entity: Entity }) {
  const dataset = useDataset();
  const when = selectWhen(entity);
  return (
    <dl className="fields">
      {'country' in entity && entity.country && (
        <Field term="Country">
          <EntityLink id={entity.country} />
        </Field>
      )}
      {'kind' in entity && entity.kind && (
        <Field term="Kind">
          <bdi>{entity.kind}</bdi>
        </Field>
      )}
      {entity.type === 'organization' && entity.role && (
        <Field term="What it does">
          <bdi>{entity.role}</bdi>
        </Field>
      )}
      {'certainty' in entity && (
        <Field term="Certainty">
          <CertaintyBadge certainty={entity.certainty} />
        </Field>
      )}
      {when && (
        <Field term="When">
          {when === DATE_NOT_STATED ? DATE_NOT_STATED : <DateText date={when} />}
        </Field>
      )}
      {entity.type === 'statement' && (
        <Field term="What was said">
          <span className="statement-lead">
            <bdi>
              {statementLead(dataset.sourceById.get(entity.quote.source)?.text ?? '', entity.quote)}
            </bdi>
          </span>
          <blockquote className="statement-quote">
            <bdi>{entity.quote.quote}</bdi> <SourceLink evidence={entity.quote} />
          </blockquote>
        </Field>
      )}
      {entity.type === 'person' && entity.positions.length > 0 && (
        <Field term="Positions">
          <ul>
            {entity.positions.map((position) => (
              <li key={position.title}>
                <bdi>{position.title}</bdi>
                {position.organization && (
                  <>
                    , <EntityLink id={position.organization} />
                  </>
                )}
                {position.country && (
                  <>
                    {' '}
                    (<EntityLink id={position.country} />)
                  </>
                )}{' '}
                <Evidence items={position.evidence} />
              </li>
            ))}
          </ul>
        </Field>
      )}
      {entity.type === 'event' && entity.purposes.length > 0 && (
        <Field term="Purpose">
          <ul>
            {entity.purposes.map((purpose) => (
              <li key={purpose.text}>
                <bdi>{purpose.text}</bdi> <CertaintyBadge certainty={purpose.certainty} />
                {purpose.attributedTo && (
                  <span className="fact-detail">
                    {' '}
                    according to <bdi>{purpose.attributedTo}</bdi>
                  </span>
                )}{' '}
                <Evidence items={purpose.evidence} />
              </li>
            ))}
          </ul>
        </Field>
      )}
    </dl>
  );
}

function Field({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="field">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
