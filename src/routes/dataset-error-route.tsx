import { isRouteErrorResponse, useRouteError } from 'react-router';
import { FormatPointer, ProblemsTable } from '../components/problems-table';
import { MissingDatasetError } from '../queries/dataset-query';
import { DatasetError } from '../data/schema/dataset-error';
import { SharedLinkError } from '../data/sharing/received-datasets';
import { MissingDataset } from '../features/datasets/missing-dataset';
import {
  RemoveStoredDataset,
  useStoredDatasetId,
} from '../features/datasets/remove-stored-dataset';
import { UnreadableDatasetError } from '../data/load/stored-record';

/** When the dataset cannot be used: every problem, each with where, what was expected and found. */
export function DatasetErrorRoute() {
  const error = useRouteError();
  const storedId = useStoredDatasetId();
  return (
    <main className="error-view" aria-labelledby="error-heading">
      <title>Dataset problem — Liaison</title>
      <p className="brand">Liaison</p>
      {error instanceof SharedLinkError ? (
        <MissingDataset datasetId={error.datasetId} linkProblem={error.message} />
      ) : error instanceof MissingDatasetError ? (
        <MissingDataset datasetId={error.datasetId} />
      ) : error instanceof UnreadableDatasetError ? (
        <>
          <h1 id="error-heading">This stored dataset cannot be read</h1>
          <p>{error.message}</p>
          <RemoveStoredDataset datasetId={error.datasetId} />
        </>
      ) : error instanceof DatasetError ? (
        <>
          <h1 id="error-heading">This dataset cannot be shown</h1>
          <p>
            {error.message} Fix them in the file and reload; nothing was changed. <FormatPointer />
          </p>
          {storedId && <RemoveStoredDataset datasetId={storedId} />}
          <ProblemsTable problems={error.problems} />
        </>
      ) : (
        <>
          <h1 id="error-heading">Something went wrong</h1>
          <p>
            {isRouteErrorResponse(error)
              ? `${error.status} ${error.statusText}`
              : error instanceof Error
                ? error.message
                : String(error)}
          </p>
        </>
      )}
      <p>
        <a href="/">Reload Liaison</a>
      </p>
    </main>
  );
}
