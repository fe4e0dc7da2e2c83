import { stripBom, tryParseJson } from '../../load/json-text';
/** One FtM entity as a file holds it: every property a list of strings. */
export interface FtmRecord {
  id: string;
  schema: string;
  properties: ReadonlyMap<string, readonly string[]>;
  /** OpenSanctions and nomenklatura name the datasets an entity comes from. */
  datasets: readonly string[];
}

/** A line (JSON lines) or item (a JSON array) that is no FtM entity, and why. */
export interface MalformedRecord {
  /** "line 7" or "item 7", counted from 1. */
  where: string;
  problem: string;
}

export interface FtmReadResult {
  records: FtmRecord[];
  malformed: MalformedRecord[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property value: a string, or a nested entity (as Aleph's API nests them), read as its id. */
function valueOf(value: unknown, nested: unknown[]): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isObject(value) && typeof value['id'] === 'string') {
    nested.push(value);
    return value['id'];
  }
  return null;
}

/** One parsed JSON value as FtM records: itself and any entities nested in its properties. */
function toRecords(value: unknown, where: string, result: FtmReadResult) {
  const pending: unknown[] = [value];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (!isObject(item)) {
      result.malformed.push({ where, problem: 'not a JSON object' });
      continue;
    }
    const { id, schema, properties, datasets } = item;
    if (typeof id !== 'string' || !id) {
      result.malformed.push({ where, problem: 'no "id"' });
      continue;
    }
    if (typeof schema !== 'string' || !schema) {
      result.malformed.push({ where, problem: `no "schema" for "${id}"` });
      continue;
    }
    const values = new Map<string, string[]>();
    if (isObject(properties)) {
      for (const [name, raw] of Object.entries(properties)) {
        if (!name.trim()) continue;
        const list = (Array.isArray(raw) ? raw : [raw])
          .map((value) => valueOf(value, pending))
          .filter((value): value is string => value !== null);
        if (list.length > 0) values.set(name, list);
      }
    }
    result.records.push({
      id,
      schema,
      properties: values,
      datasets: Array.isArray(datasets)
        ? datasets.filter((name): name is string => typeof name === 'string')
        : [],
    });
  }
}

/**
 * Reads FtM entities from JSON lines or a JSON array. A line that does not parse is named by its
 * number and skipped, so one bad line costs that line only.
 */
export function readFtmRecords(
  text: string,
  onProgress: (fraction: number) => void = () => {},
): FtmReadResult {
  const body = stripBom(text);
  const result: FtmReadResult = { records: [], malformed: [] };
  if (body.trimStart().startsWith('[')) {
    const parsed = tryParseJson(body);
    if (!parsed.ok) {
      result.malformed.push({ where: 'the file', problem: parsed.message });
      return result;
    }
    const items = parsed.value;
    (Array.isArray(items) ? items : [items]).forEach((item, index) =>
      toRecords(item, `item ${index + 1}`, result),
    );
    return result;
  }
  const lines = body.split(/\r?\n/);
  const step = Math.max(1, Math.floor(lines.length / 50));
  lines.forEach((line, index) => {
    if (index % step === 0) onProgress(index / lines.length);
    if (!line.trim()) return;
    const parsed = tryParseJson(line);
    if (!parsed.ok) {
      result.malformed.push({ where: `line ${index + 1}`, problem: parsed.message });
      return;
    }
    toRecords(parsed.value, `line ${index + 1}`, result);
  });
  return result;
}

/** Whether the start of a file looks like FtM entities: an object with "schema" and "properties". */
export function looksLikeFtm(head: string): boolean {
  const start = stripBom(head).trimStart();
  return (
    /^\[?\s*\{/.test(start) &&
    /"schema"\s*:\s*"[A-Za-z]/.test(start) &&
    /"(?:properties|id)"\s*:/.test(start) &&
    !/"schemaVersion"\s*:/.test(start)
  );
}
