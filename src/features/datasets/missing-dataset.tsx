import { useCallback, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { nameInDatasetId } from '../../data/load/dataset-id';
import { datasetHref } from './dataset-href';
import { OpenDatasetProvider, OpenFileButton, SIZE_LIMIT_TEXT } from './open-dataset';

/**
 * A link to a dataset this browser has not stored: datasets live only in the browser that
 * opened them, so the reader needs the file. The right file brings back the very view linked;
 * another file is kept, but the page stays on the link's view and says so. `linkProblem` says
 * why the data a link carried could not be used.
 */
export function MissingDataset({
  datasetId,
  linkProblem,
}: {
  datasetId: string;
  linkProblem?: string;
}) {
  const { pathname, search } = useLocation();
  const linked = `${pathname}${search}`;
  const [otherFile, setOtherFile] = useState<string | null>(null);
  const targetFor = useCallback(
    (openedId: string) => {
      if (openedId === datasetId) return linked;
      setOtherFile(openedId);
      return null;
    },
    [datasetId, linked],
  );
  const name = nameInDatasetId(datasetId);
  const called = name ? (
    <>called “{name}”</>
  ) : (
    <>
      (<code>{datasetId}</code>)
    </>
  );
  return (
    <OpenDatasetProvider targetFor={targetFor}>
      {linkProblem ? (
        <>
          <h1 id="error-heading">The data in this link cannot be used</h1>
          <p role="alert">{linkProblem}</p>
          <p>
            Nothing was kept or changed in this browser. The link shows a dataset {called}: opening
            that file shows exactly the view that was linked.
          </p>
        </>
      ) : (
        <>
          <h1 id="error-heading">This dataset is not in this browser</h1>
          <p>
            This link shows a dataset {called} that is stored only in the browser that made it. Open
            the file to see it: the same file shows exactly the view that was linked.
          </p>
        </>
      )}
      {otherFile && (
        <p role="alert" className="notice">
          The file you opened is a different dataset, not the one this link shows, so this page
          keeps the link’s view for when the right file is opened. The other file is kept in this
          browser: <Link to={datasetHref(otherFile)}>show it instead</Link>.
        </p>
      )}
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
