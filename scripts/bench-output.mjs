// Where the benchmark's parts leave their results: .bench/<name>.json for scripts and
// .bench/<name>.md for people, and the table printed.
import { mkdirSync, writeFileSync } from 'node:fs';

export function saveResults(name, results, table) {
  mkdirSync('.bench', { recursive: true });
  writeFileSync(`.bench/${name}.json`, JSON.stringify(results, null, 2));
  writeFileSync(`.bench/${name}.md`, `${table}\n`);
  console.log(`\n${table}`);
}
