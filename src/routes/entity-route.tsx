import { useParams } from 'react-router';
import { useDataset } from '../queries/use-dataset';
import { EntityDetails } from '../features/entity-details/entity-details';
import { NotFound } from '../features/not-found/not-found';

export function EntityRoute() {
  const { id = '' } = useParams();
  const entity = useDataset().entityById.get(id);
  if (!entity) return <NotFound kind="entity" id={id} />;
  return (
    <>
      <title>{`${entity.name} — Liaison`}</title>
      <EntityDetails key={entity.id} entity={entity} />
    </>
  );
}
