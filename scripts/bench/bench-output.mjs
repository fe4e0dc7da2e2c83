// Where the benchmark's parts leave their results: .bench/<name>.json for scripts and
// .bench/<name>.md for people, and the table printed.
import { mkdirSync, writeFileSync } from 'node:fs';

export function saveResults(name, results, table) {
  mkdirSync('.bench', { recursive: true });
  writeFileSync(`.bench/${name}.json`, JSON.stringify(results, null, 2));
  writeFileSync(`.bench/${name}.md`, `${table}\n`);
  console.log(`\n${table}`);
}

/** `--sizes=1000,5000 --runs=5`, with each bench part's own defaults. */
export function parseSizesAndRuns(argv, defaults) {
  const value = (name, fallback) =>
    argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  return {
    sizes: value('sizes', defaults.sizes).split(',').map(Number),
    runs: Number(value('runs', defaults.runs)),
  };
}
