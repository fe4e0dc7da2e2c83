import { readText } from './node-files';

/** A file of `e2e/fixtures/hostile/`, shared by the unit and end-to-end tests. */
export function readHostileFixture(name: string): string {
  return readText(new URL(`../../e2e/fixtures/hostile/${name}`, import.meta.url));
}

export function parseHostileFixture(name: string): unknown {
  return JSON.parse(readHostileFixture(name));
}
