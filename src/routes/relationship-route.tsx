import { useParams } from 'react-router';
import { relationshipTitle } from '../data/model/describe';
import { useDataset } from '../queries/use-dataset';
import { NotFound } from '../features/not-found/not-found';
import { RelationshipDetails } from '../features/relationship-details/relationship-details';

export function RelationshipRoute() {
  const { id = '' } = useParams();
  const dataset = useDataset();
  const relationship = dataset.relationshipById.get(id);
  if (!relationship) return <NotFound kind="relationship" id={id} />;
  return (
    <>
      <title>{`${relationshipTitle(dataset, relationship)} — Liaison`}</title>
      <RelationshipDetails key={relationship.id} relationship={relationship} />
    </>
  );
}
