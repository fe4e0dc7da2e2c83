import { describe, expect, it } from 'vitest';
import { readText } from '../../test/node-files';
import { validateDataset } from './validate-dataset';
import { parseFtmDate } from '../formats/ftm/ftm-dates';

const valid = () =>
  JSON.parse(readText(new URL('./fixtures/valid.json', import.meta.url))) as {
    relationships: Record<string, unknown>[];
  };

const problemsOf = (input: unknown) => validateDataset(input).problems;

describe('values no file should hold', () => {
  it('1e400 is named as a number too large, not as null', () => {
    const input = valid();
    const text = JSON.stringify(input).replace('"schemaVersion":1', '"schemaVersion":1e400');
    const problems = problemsOf(JSON.parse(text));
    expect(problems[0]).toMatchObject({
      path: 'schemaVersion',
      found: 'a number too large to read (past ±1.8e308)',
    });
  });

  it('31 February 2023 is refused with a message; 29 February 2024 is a day', () => {
    const input = valid();
    const event = input.relationships.find((relationship) => relationship['date'])!;
    event['date'] = { precision: 'day', year: 2023, month: 2, day: 31, text: '31 February 2023' };
    const [problem] = problemsOf(input);
    expect(problem?.path).toMatch(/date\.day$/);
    expect(problem?.expected).toMatch(/^a day of that month/);
    event['date'] = { precision: 'day', year: 2024, month: 2, day: 29, text: '29 February 2024' };
    expect(problemsOf(input)).toEqual([]);
  });

  it('an FtM date of 31 February is not read as a day', () => {
    expect(parseFtmDate('2023-02-31')).toBeNull();
    expect(parseFtmDate('2024-02-29')).toMatchObject({ precision: 'day', day: 29 });
  });
});
