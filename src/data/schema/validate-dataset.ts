import type { z } from 'zod';
import { checkIntegrity, type IntegrityInput } from './integrity';
import { toDatasetProblems, type DatasetProblem } from './problems';
import {
  datasetSchema,
  entitySchema,
  idSchema,
  relationshipSchema,
  sourceSchema,
  type Dataset,
} from './schema';

/** The items of one top-level list of the file, or none when it is not a list. */
function listAt(input: unknown, key: string): readonly unknown[] {
  if (input === null || typeof input !== 'object' || !Object.hasOwn(input, key)) return [];
  const value = (input as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
}

/**
 * Each item parsed on its own, so one malformed item does not hide what is wrong elsewhere.
 * A malformed item keeps its id for references, unless it is an object whose id is unusable:
 * then no reference can be called dangling, as it may mean that item.
 */
function parseItems<T>(items: readonly unknown[], schema: z.ZodType<T>) {
  const parsed: (T | undefined)[] = [];
  const malformedIds = new Set<string>();
  let hasUnusableId = false;
  for (const item of items) {
    const result = schema.safeParse(item);
    parsed.push(result.success ? result.data : undefined);
    if (result.success || item === null || typeof item !== 'object') continue;
    const id: unknown = Object.hasOwn(item, 'id') ? (item as { id: unknown }).id : undefined;
    if (idSchema.safeParse(id).success) malformedIds.add(id as string);
    else hasUnusableId = true;
  }
  return { parsed, isMalformedId: (id: string) => hasUnusableId || malformedIds.has(id) };
}

/** The parts of an invalid file that did pass the schema, for the integrity checks. */
function parsedParts(input: unknown): IntegrityInput {
  const sources = parseItems(listAt(input, 'sources'), sourceSchema);
  const entities = parseItems(listAt(input, 'entities'), entitySchema);
  const relationships = parseItems(listAt(input, 'relationships'), relationshipSchema);
  return {
    sources: sources.parsed,
    entities: entities.parsed,
    relationships: relationships.parsed,
    isMalformedId: { source: sources.isMalformedId, entity: entities.isMalformedId },
  };
}

/**
 * Every problem of a dataset in one pass: the schema's, and the integrity
 * checks' on whatever parts of the file did parse.
 */
export function validateDataset(
  input: unknown,
): { dataset: Dataset; problems: [] } | { dataset: null; problems: DatasetProblem[] } {
  const result = datasetSchema.safeParse(input);
  if (result.success) {
    const problems = checkIntegrity(result.data);
    return problems.length === 0
      ? { dataset: result.data, problems: [] }
      : { dataset: null, problems };
  }
  return {
    dataset: null,
    problems: [
      ...toDatasetProblems(result.error.issues, input),
      ...checkIntegrity(parsedParts(input)),
    ],
  };
}
