import { describe, expect, it } from 'vitest';
import { convertToDataset, detectFormat, type DatasetFormat } from './format-registry';
import { DatasetError } from '../schema/dataset-error';

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
        expected:
          'FollowTheMoney entities (JSON lines or a JSON array) or a Liaison dataset (a JSON object)',
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

describe('FollowTheMoney files', () => {
  const line = '{"id": "p1", "schema": "Person", "properties": {"name": ["Анна Иванова"]}}';

  it('are known by their content, before a Liaison dataset, as lines or an array', () => {
    expect(detectFormat(`${line}\n${line}`)?.id).toBe('followthemoney');
    expect(detectFormat(`[${line}]`)?.id).toBe('followthemoney');
    expect(detectFormat('{"schemaVersion": 1, "title": "x"}')?.id).toBe('liaison');
  });

  it('convert through the FtM model, loaded when such a file is opened', async () => {
    const fractions: number[] = [];
    const dataset = (await convertToDataset(line, 'people.ftm.jsonl', (fraction) =>
      fractions.push(fraction),
    )) as { title: string; entities: { name: string }[] };
    expect(dataset.title).toBe('people');
    expect(dataset.entities.map((entity) => entity.name)).toEqual(['Анна Иванова']);
    expect(fractions.length).toBeGreaterThan(0);
  });
});
