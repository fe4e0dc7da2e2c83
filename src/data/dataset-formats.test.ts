import { describe, expect, it } from 'vitest';
import { convertToDataset, detectFormat, type DatasetFormat } from './dataset-formats';
import { DatasetError } from './load-dataset';

function problemsOf(text: string) {
  try {
    convertToDataset(text, 'file.json');
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  throw new Error('converted text that is no dataset');
}

describe('format detection', () => {
  it('knows a Liaison dataset by its content, with a byte-order mark or leading space', () => {
    expect(detectFormat('{"schemaVersion":1}')?.id).toBe('liaison');
    expect(detectFormat('\uFEFF\n  {"title":"x"}')?.id).toBe('liaison');
  });

  it('reads nothing it does not know', () => {
    expect(detectFormat('<html></html>')).toBeNull();
    expect(detectFormat('id,name\n1,Alice')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });

  it('asks the formats in order, so a more specific one can come first', () => {
    const lines: DatasetFormat = {
      id: 'lines',
      label: 'JSON lines',
      detect: (head) => /^\{[^\n]*\}\n\{/.test(head),
      convert: () => ({}),
    };
    const liaison = detectFormat('{}')!;
    expect(detectFormat('{"a":1}\n{"b":2}\n', [lines, liaison])?.id).toBe('lines');
    expect(detectFormat('{\n"a": 1\n}', [lines, liaison])?.id).toBe('liaison');
  });
});

describe('conversion', () => {
  it('parses a Liaison file as JSON', () => {
    expect(convertToDataset('\uFEFF{"title":"x"}', 'file.json')).toEqual({ title: 'x' });
  });

  it('says what it expected of a file no format reads', () => {
    expect(problemsOf('<html>')).toEqual([
      {
        path: '(the file)',
        expected: 'a Liaison dataset (a JSON object)',
        found: 'a file starting "<html>"',
      },
    ]);
    expect(problemsOf('  ')[0]?.found).toBe('an empty file');
  });

  it('names broken JSON as such', () => {
    expect(problemsOf('{ "title": ')[0]).toMatchObject({
      path: '(the file)',
      expected: 'valid JSON',
    });
  });
});
