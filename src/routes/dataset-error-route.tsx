import { isRouteErrorResponse, useRouteError } from 'react-router';
import { DatasetError } from '../data/load-dataset';

/** When the dataset cannot be used: every problem, each with where, what was expected and found. */
export function DatasetErrorRoute() {
  const error = useRouteError();
  return (
    <main className="error-view" aria-labelledby="error-heading">
      <title>Dataset problem — Liaison</title>
      <p className="brand">Liaison</p>
      {error instanceof DatasetError ? (
        <>
          <h1 id="error-heading">This dataset cannot be shown</h1>
          <p>{error.message} Fix them in the file and reload; nothing was changed.</p>
          <table className="problems">
            <caption className="visually-hidden">Problems in the dataset</caption>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Expected</th>
                <th scope="col">Found</th>
              </tr>
            </thead>
            <tbody>
              {error.problems.map((problem, at) => (
                <tr key={at}>
                  <td>
                    <code>{problem.path}</code>
                  </td>
                  <td>{problem.expected}</td>
                  <td>{problem.found}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
