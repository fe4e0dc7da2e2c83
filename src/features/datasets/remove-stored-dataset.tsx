import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { datasetQuery, storedDatasetsQuery } from '../../queries/dataset-query';
import { browserDatasetStore } from '../../data/load/dataset-store';
import { DATASET_KEY, isDatasetId } from '../../data/load/dataset-id';
import { datasetHref } from './dataset-href';
import { toDatasetRef } from '../../data/load/dataset-ref';
import { announceStoreChange } from '../../data/load/store-changes';

/** The stored dataset the URL names, if any: the one an error page is about. */
export function useStoredDatasetId(): string | null {
  const id = new URLSearchParams(useLocation().search).get(DATASET_KEY);
  return id && isDatasetId(id) ? id : null;
}

/**
 * On a page that says a stored dataset cannot be read: remove it from this browser and go to
 * the bundled dataset, so a damaged record is never a dead end.
 */
export function RemoveStoredDataset({ datasetId }: { datasetId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async () => {
    try {
      await browserDatasetStore.remove(datasetId);
      announceStoreChange();
      queryClient.removeQueries({ queryKey: datasetQuery(toDatasetRef(datasetId)).queryKey });
      await queryClient.invalidateQueries({ queryKey: storedDatasetsQuery().queryKey });
      navigate(datasetHref(null));
    } catch (error) {
      setFailure(`It could not be removed: ${String(error)}`);
    }
  };
  return (
    <p className="missing-actions">
      <button type="button" onClick={() => void remove()}>
        Remove it from this browser
      </button>{' '}
      {failure && <span role="alert">{failure}</span>}
    </p>
  );
}
