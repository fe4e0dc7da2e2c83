import { useMemo } from 'react';
import { EntityLink } from '../../components/EntityLink';
import { Evidence } from '../../components/Evidence';
import { Notes } from '../../components/Notes';
import { RelationshipSentence } from '../../components/RelationshipSentence';
import { ShapeIcon } from '../../components/ShapeIcon';
import { relationshipsOf } from '../../data/dataset-index';
import type { Entity } from '../../data/schema';
import { useDataset } from '../../data/use-dataset';
import { ENTITY_TYPE_LABELS } from '../../data/vocabulary';
import { EntityActions } from './EntityActions';
import { EntityFields } from './EntityFields';
import { FactList } from './FactList';
import { selectFacts, selectRelatedPeople } from './facts';
import { PanelHeading } from '../../components/PanelHeading';

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
        <p className="aliases">Also written: {entity.aliases.join(', ')}</p>
      )}
      <p className="summary">
        {entity.summary} <Evidence items={entity.evidence} />
      </p>
      <Notes notes={entity.notes} />
      <EntityActions entity={entity} />
      <EntityFields entity={entity} />
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
