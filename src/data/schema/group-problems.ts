import type { DatasetProblem } from './problems';

/** Problems at the same place in every item of a list: `entities[…].evidence[…].quote`. */
export interface ProblemGroup {
  kind: string;
  shown: readonly DatasetProblem[];
  /** How many more of this kind are not shown. */
  more: number;
}

/** The path with its list positions left out, so every item's same field is one kind. */
export function problemKind(path: string): string {
  return path.replace(/\[\d+\]/g, '[…]');
}

/**
 * Problems grouped by kind in the order they first occur, each group cut to
 * its first few, so a file with thousands of the same mistake stays readable.
 */
export function groupProblems(
  problems: readonly DatasetProblem[],
  shownPerKind = 50,
): ProblemGroup[] {
  const groups = new Map<string, { kind: string; shown: DatasetProblem[]; more: number }>();
  for (const problem of problems) {
    const kind = problemKind(problem.path);
    let group = groups.get(kind);
    if (!group) groups.set(kind, (group = { kind, shown: [], more: 0 }));
    if (group.shown.length < shownPerKind) group.shown.push(problem);
    else group.more += 1;
  }
  return [...groups.values()];
}
