import { Fragment, useMemo } from 'react';
import { EntityLink } from '../../components/entity-link';
import { Evidence } from '../../components/evidence';
import { Notes } from '../../components/notes';
import { RecordEvidenceList, RecordProperties } from '../../components/record-evidence';
import { RelationshipSentence } from '../../components/relationship-sentence';
import { ShapeIcon } from '../../components/shape-icon';
import { relationshipsOf } from '../../data/model/indexed-dataset';
import type { Entity } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { ENTITY_TYPE_LABELS } from '../../data/schema/vocabulary';
import { EntityActions } from './entity-actions';
import { EntityFields } from './entity-fields';
import { FactList } from './fact-list';
import { selectFacts, selectRelatedPeople } from './facts';
import { PanelHeading } from '../../components/panel-heading';

export function EntityDetails({ entity }: { entity: Entity }) {
  const dataset = useDataset();
  const facts = useMemo(() => selectFacts(dataset, entity), [dataset, entity]);
  const relatedPeople = useMemo(() => selectRelatedPeople(dataset, entity), [dataset, entity]);
  const connections = useMemo(() => relationshipsOf(dataset, entity.id), [dataset, entity.id]);

  return (
    <article className="details" aria-labelledby="details-heading">
      <p className="eyebrow">
        <ShapeIcon type={entity.type} /> {ENTITY_TYPE_LABELS[entity.type].singular}
      </p>
      <PanelHeading>{entity.name}</PanelHeading>
      {entity.aliases.length > 0 && (
        <p className="aliases">
          Also written:{' '}
          {entity.aliases.map((alias, at) => (
            <Fragment key={at}>
              {at > 0 && ', '}
              <bdi>{alias}</bdi>
            </Fragment>
          ))}
        </p>
      )}
      <p className="summary">
        <bdi>{entity.summary}</bdi> <Evidence items={entity.evidence} />
      </p>
      <RecordEvidenceList records={entity.records} />
      <Notes notes={entity.notes} />
      <EntityActions entity={entity} />
      <EntityFields entity={entity} />
      <RecordProperties properties={entity.properties} />
      {facts.map((group) => (
        <FactList key={group.heading} group={group} />
      ))}
      {relatedPeople.length > 0 && (
        <section className="facts">
          <h2>Related people</h2>
          <ul>
            {relatedPeople.map(({ personId, sharedIds }) => (
              <li key={personId}>
                <EntityLink id={personId} />
                <span className="fact-detail">
                  {' '}
                  — through{' '}
                  {sharedIds.map((id, at) => (
                    <span key={id}>
                      {at > 0 && ', '}
                      <EntityLink id={id} />
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="facts">
        <h2>All connections ({connections.length})</h2>
        <ul>
          {connections.map((relationship) => (
            <li key={relationship.id}>
              <RelationshipSentence relationship={relationship} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
