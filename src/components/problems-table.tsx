import type { DatasetProblem } from '../data/problems';

/** Every problem of a dataset, each with where, what was expected and what was found. */
export function ProblemsTable({
  problems,
  caption = 'Problems in the dataset',
}: {
  problems: readonly DatasetProblem[];
  caption?: string;
}) {
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
      <tbody>
        {problems.map((problem, at) => (
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
  );
}
