import patches from '../data/schema/fixtures/invalid-patches.json';
import valid from '../data/schema/fixtures/valid.json';

/**
 * The invalid datasets, one per failure mode, each kept as a JSON Patch (RFC 6902) on valid.json
 * in fixtures/invalid-patches.json: the patch is the whole point of the fixture, and valid.json
 * can change without ten copies drifting from it. Only the operations the fixtures use.
 */
export type InvalidFixture = keyof typeof patches;

type Operation =
  { op: 'replace' | 'add'; path: string; value: unknown } | { op: 'remove'; path: string };

type Container = Record<string, unknown> | unknown[];

function parsePointer(pointer: string): string[] {
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(document: unknown, pointer: string): [Container, string] {
  const parts = parsePointer(pointer);
  const last = parts.pop()!;
  let at = document;
  for (const part of parts) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part))
      throw new Error(`No ${part} on the way to ${pointer}`);
    at = (at as Record<string, unknown>)[part];
  }
  if (typeof at !== 'object' || at === null) throw new Error(`No parent for ${pointer}`);
  return [at as Container, last];
}

function applyOperation(document: unknown, operation: Operation): void {
  const [parent, key] = parentOf(document, operation.path);
  const has = Object.hasOwn(parent, key);
  if (operation.op !== 'add' && !has) throw new Error(`Nothing at ${operation.path} to change`);
  if (Array.isArray(parent)) {
    const index = key === '-' ? parent.length : Number(key);
    if (operation.op === 'remove') parent.splice(index, 1);
    else if (operation.op === 'add') parent.splice(index, 0, operation.value);
    else parent[index] = operation.value;
  } else if (operation.op === 'remove') {
    Reflect.deleteProperty(parent, key);
  } else {
    parent[key] = operation.value;
  }
}

/** valid.json with one fixture's patch applied: a fresh copy every call. */
export function invalidFixture(name: InvalidFixture): unknown {
  const document: unknown = structuredClone(valid);
  for (const operation of patches[name] as Operation[]) applyOperation(document, operation);
  return document;
}
