import { isRouteErrorResponse, useRouteError } from 'react-router';
import { groupProblems } from '../data/group-problems';
import { DatasetError } from '../data/load-dataset';
import type { DatasetProblem } from '../data/problems';

const SCHEMA_URL = `${import.meta.env.BASE_URL}data/schema.json`;

function ProblemRow({ problem }: { problem: DatasetProblem }) {
  return (
    <tr>
      <td>
        <code>
          <bdi>{problem.path}</bdi>
        </code>
      </td>
      <td>
        <bdi>{problem.expected}</bdi>
      </td>
      <td>
        <bdi>{problem.found}</bdi>
      </td>
    </tr>
  );
}

const SHOWN_PER_KIND = 50;

/** Every problem; a long list is grouped by kind, each kind showing its first few and a count. */
function ProblemTable({ problems }: { problems: readonly DatasetProblem[] }) {
  const isGrouped = problems.length > SHOWN_PER_KIND;
  const groups = isGrouped
    ? groupProblems(problems, SHOWN_PER_KIND)
    : [{ kind: 'all', shown: problems, more: 0 }];
  return (
    <table className="problems">
      <caption className="visually-hidden">Problems in the dataset</caption>
      <thead>
        <tr>
          <th scope="col">Where</th>
          <th scope="col">Expected</th>
          <th scope="col">Found</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.kind}>
          {isGrouped && (
            <tr className="problem-kind">
              <th scope="rowgroup" colSpan={3}>
                <code>
                  <bdi>{group.kind}</bdi>
                </code>{' '}
                — {(group.shown.length + group.more).toLocaleString('en')}
              </th>
            </tr>
          )}
          {group.shown.map((problem, at) => (
            <ProblemRow key={at} problem={problem} />
          ))}
          {group.more > 0 && (
            <tr className="problem-more">
              <td colSpan={3}>and {group.more.toLocaleString('en')} more of the same kind</td>
            </tr>
          )}
        </tbody>
      ))}
    </table>
  );
}

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
          <p>
            {error.message} Fix them in the file and reload; nothing was changed. The format is
            described in Liaison’s README, section “The dataset format”, and as a JSON Schema at{' '}
            <a href={SCHEMA_URL}>{SCHEMA_URL}</a>.
          </p>
          <ProblemTable problems={error.problems} />
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
