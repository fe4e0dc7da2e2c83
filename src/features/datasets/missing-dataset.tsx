import { useCallback } from 'react';
import { Link, useLocation } from 'react-router';
import { nameInDatasetId } from '../../data/load/dataset-id';
import { datasetHref } from './dataset-href';
import { OpenDatasetProvider, OpenFileButton, SIZE_LIMIT_TEXT } from './open-dataset';

/**
 * A link to a dataset this browser has not stored: datasets live only in the browser that
 * opened them, so the reader needs the file. The right file brings back the very view linked.
 */
export function MissingDataset({ datasetId }: { datasetId: string }) {
  const { pathname, search } = useLocation();
  const linked = `${pathname}${search}`;
  const targetFor = useCallback(
    (openedId: string) => (openedId === datasetId ? linked : datasetHref(openedId)),
    [datasetId, linked],
  );
  const name = nameInDatasetId(datasetId);
  return (
    <OpenDatasetProvider targetFor={targetFor}>
      <h1 id="error-heading">This dataset is not in this browser</h1>
      <p>
        This link shows a dataset{' '}
        {name ? (
          <>called “{name}”</>
        ) : (
          <>
            (<code>{datasetId}</code>)
          </>
        )}{' '}
        that is stored only in the browser that made it. Open the file to see it: the same file
        shows exactly the view that was linked.
      </p>
      <p className="missing-actions">
        <OpenFileButton>Open the file…</OpenFileButton>{' '}
        <span className="dataset-meta">{SIZE_LIMIT_TEXT}; or drop it here.</span>
      </p>
      <p>
        <Link to={datasetHref(null)}>Show the bundled dataset instead</Link>
      </p>
    </OpenDatasetProvider>
  );
}
