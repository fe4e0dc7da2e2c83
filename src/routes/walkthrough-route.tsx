import { useParams } from 'react-router';
import { useDataset } from '../queries/use-dataset';
import { NotFound } from '../features/not-found/not-found';
import { WalkthroughView } from '../features/walkthrough/walkthrough-view';
import { useViewState } from '../url/use-view-state';

export function WalkthroughRoute() {
  const { id = '' } = useParams();
  const { state } = useViewState();
  const source = useDataset().sourceById.get(id);
  if (!source) return <NotFound kind="source" id={id} />;
  return (
    <>
      <title>{`Paragraph ${state.step} — ${source.title} — Liaison`}</title>
      <WalkthroughView key={source.id} source={source} />
    </>
  );
}
