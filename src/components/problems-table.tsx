import { groupProblems } from '../data/schema/group-problems';
import type { DatasetProblem } from '../data/schema/problems';
import { formatCount } from '../lib/format-count';

/** Where the format is described, for every message about a file that does not fit it. */
export const SCHEMA_URL = `${import.meta.env.BASE_URL}data/schema.json`;

export function FormatPointer() {
  return (
    <>
      The format is described in Liaison’s README, section “Bring your own data”, with an example at{' '}
      <a href={`${import.meta.env.BASE_URL}data/examples/minimal.json`}>
        data/examples/minimal.json
      </a>{' '}
      and as a JSON Schema at <a href={SCHEMA_URL}>{SCHEMA_URL}</a>.
    </>
  );
}

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

/**
 * Every problem of a dataset, each with where, what was expected and what was found; a long list
 * is grouped by kind, each kind showing its first few and a count.
 */
export function ProblemsTable({
  problems,
  caption = 'Problems in the dataset',
}: {
  problems: readonly DatasetProblem[];
  caption?: string;
}) {
  const isGrouped = problems.length > SHOWN_PER_KIND;
  const groups = isGrouped
    ? groupProblems(problems, SHOWN_PER_KIND)
    : [{ kind: 'all', shown: problems, more: 0 }];
  return (
    <table className="problems">
      <caption className="visually-hidden">{caption}</caption>
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
                — {formatCount(group.shown.length + group.more)}
              </th>
            </tr>
          )}
          {group.shown.map((problem, at) => (
            <ProblemRow key={at} problem={problem} />
          ))}
          {group.more > 0 && (
            <tr className="problem-more">
              <td colSpan={3}>and {formatCount(group.more)} more of the same kind</td>
            </tr>
          )}
        </tbody>
      ))}
    </table>
  );
}
