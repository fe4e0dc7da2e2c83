import { useParams } from 'react-router';
import { resolveEntityId } from '../data/model/resolve-entity';
import { useDataset } from '../queries/use-dataset';
import { EntityDetails } from '../features/entity-details/entity-details';
import { NotFound } from '../features/not-found/not-found';

export function EntityRoute() {
  const { id = '' } = useParams();
  const resolution = resolveEntityId(useDataset(), id);
  // A merged-away id opens the entity it became (a notice saying so comes with merges).
  if (resolution.kind === 'unknown') return <NotFound kind="entity" id={id} />;
  const { entity } = resolution;
  return (
    <>
      <title>{`${entity.name} — Liaison`}</title>
      <EntityDetails key={entity.id} entity={entity} />
    </>
  );
}
