import type { z } from 'zod';

/** One thing wrong with a dataset, said so a person can find and fix it. */
export interface DatasetProblem {
  /** Where, as a JSON path: `entities[3].evidence[0].end`. */
  path: string;
  expected: string;
  found: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text ? `${text}.${name}` : name;
  }, '');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? issue.message : `a ${issue.format}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `at least ${issue.minimum} character${issue.minimum === 1 ? '' : 's'}`
          : `${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'unrecognized_keys':
      return `no keys ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if (!issue.discriminator) return issue.message;
      return 'options' in issue && issue.options
        ? `a known ${issue.discriminator} (${issue.options.join(', ')})`
        : `a known ${issue.discriminator}`;
    default:
      return issue.message;
  }
}

/** Zod's issues, as problems that name the path, what was expected and what was found. */
export function toDatasetProblems(issues: readonly z.core.$ZodIssue[], input: unknown) {
  return issues.map<DatasetProblem>((issue) => {
    const path =
      issue.code === 'invalid_union' &&
      issue.discriminator &&
      issue.path.at(-1) !== issue.discriminator
        ? [...issue.path, issue.discriminator]
        : issue.path;
    return {
      path: formatPath(path) || '(the whole file)',
      expected: expectedOf(issue),
      found: describeValue(valueAt(input, path)),
    };
  });
}
