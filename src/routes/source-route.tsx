import { useParams } from 'react-router';
import { useDataset } from '../queries/use-dataset';
import { NotFound } from '../features/not-found/not-found';
import { SourceView } from '../features/source-view/source-view';

export function SourceRoute() {
  const { id = '' } = useParams();
  const source = useDataset().sourceById.get(id);
  if (!source) return <NotFound kind="source" id={id} />;
  return (
    <>
      <title>{`${source.title} — Liaison`}</title>
      <SourceView key={source.id} source={source} />
    </>
  );
}
