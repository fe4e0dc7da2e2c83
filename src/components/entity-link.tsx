import { Link } from 'react-router';
import { useDataset } from '../queries/use-dataset';
import { useViewState } from '../url/use-view-state';
import { ShapeIcon } from './shape-icon';

/** A link that opens an entity, keeping the rest of the view (filters, focus) as it is. */
export function EntityLink({ id }: { id: string }) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  const entity = dataset.entityById.get(id);
  if (!entity) return <bdi>{id}</bdi>;
  return (
    <Link to={hrefFor({ page: { kind: 'entity', id } })} className="entity-link">
      <ShapeIcon type={entity.type} />
      <bdi>{entity.name}</bdi>
    </Link>
  );
}
