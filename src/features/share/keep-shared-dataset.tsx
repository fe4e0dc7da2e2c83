import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { storedDatasetsQuery } from '../../queries/dataset-query';
import { browserDatasetStore, rememberDataset } from '../../data/load/dataset-store';
import { forgetReceivedDataset, receivedDataset } from '../../data/sharing/received-datasets';
import { useDatasetId } from '../../queries/use-dataset';

/**
 * A dataset that came in a link is shown at once; then the page asks whether to keep it. Kept,
 * it joins the Datasets list and the link's data leaves the address bar; not kept, it stays
 * until the page closes.
 */
export function KeepSharedDataset() {
  const datasetId = useDatasetId();
  const queryClient = useQueryClient();
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState('');
  const received = datasetId ? receivedDataset(datasetId) : undefined;
  if (!datasetId || !received || answered.has(datasetId)) return null;

  const answer = () => setAnswered(new Set([...answered, datasetId]));
  const keep = async () => {
    try {
      await rememberDataset(browserDatasetStore, received.info, received.file);
      forgetReceivedDataset(datasetId);
      await queryClient.invalidateQueries({ queryKey: storedDatasetsQuery().queryKey });
      // The data now lives here: the address keeps only the view.
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      answer();
    } catch (error) {
      setFailure(`It could not be kept: ${error instanceof Error ? error.message : error}`);
    }
  };
  return (
    <div
      className="notice keep-dataset"
      role="dialog"
      aria-modal="false"
      aria-labelledby="keep-dataset-heading"
      aria-describedby="keep-dataset-text"
    >
      <h2 id="keep-dataset-heading">Keep this dataset in this browser?</h2>
      <p id="keep-dataset-text">
        This link carried “{received.info.title}” ({received.info.entities} entities,{' '}
        {received.info.relationships} relationships). Kept, it is listed under Datasets and opens
        again from links without data. Otherwise it is forgotten when this page closes.
        {failure && <strong role="alert"> {failure}</strong>}
      </p>
      <button type="button" onClick={() => void keep()}>
        Keep it
      </button>
      <button type="button" onClick={answer}>
        Not now
      </button>
    </div>
  );
}
