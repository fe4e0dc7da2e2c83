import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/node-files';
import { checkFileSize, formatBytes, MAX_DATASET_BYTES } from './file-size';
import { parseDatasetBytes, type OpenProgress } from './open-file';
import { joinSlices } from '../model/dataset-slices';
import { indexDataset } from '../model/indexed-dataset';
import { restoreSearchIndex } from '../search/search';

const example = () =>
  readBytes(
    new URL('../../../public/data/examples/minimal.json', import.meta.url),
  ) as Uint8Array<ArrayBuffer>;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('the size check', () => {
  it('lets files up to the limit through and refuses bigger ones before reading them', () => {
    expect(checkFileSize(0)).toBeNull();
    expect(checkFileSize(MAX_DATASET_BYTES)).toBeNull();
    expect(checkFileSize(MAX_DATASET_BYTES + 1)).toEqual({
      path: '(the file)',
      expected: 'at most 100 MB',
      found: '100 MB (104,857,601 bytes)',
    });
    expect(checkFileSize(250 * 1024 * 1024)?.found).toBe('250 MB (262,144,000 bytes)');
  });

  it('says sizes the way people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(20_480)).toBe('20 kB');
    expect(formatBytes(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });
});

describe('parsing an opened file', () => {
  it('reads the documented example: checked, indexed, searchable, with a content id', async () => {
    const stages: OpenProgress['stage'][] = [];
    const outcome = await parseDatasetBytes(example(), 'minimal.json', (progress) =>
      stages.push(progress.stage),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { id, search } = outcome.file;
    const dataset = await joinSlices(outcome.file.dataset, async () => {});
    expect(dataset.entities).toHaveLength(4);
    expect(dataset.relationships).toHaveLength(2);
    expect(dataset.sources[0]?.text).toContain('Kōji Arai');
    expect(id).toMatch(/^a-minimal-example-[0-9a-f]{12}$/);
    expect(stages).toEqual(['checking', 'indexing']);
    const index = await restoreSearchIndex(search, indexDataset(dataset));
    expect(index.search('Koji')[0]?.id).toBe('koji-arai');
    const again = await parseDatasetBytes(example(), 'renamed.json');
    expect(again.ok && again.file.id).toBe(id);
  });

  it('returns every problem, from the schema or the integrity checks, without throwing', async () => {
    const broken = JSON.parse(new TextDecoder().decode(example()));
    broken.entities[0].type = 'nation';
    broken.relationships[1].target = 'atlantis';
    const schema = await parseDatasetBytes(encode(broken), 'broken.json');
    expect(schema.ok).toBe(false);
    expect(!schema.ok && schema.problems.map((problem) => problem.path)).toContain(
      'entities[0].type',
    );
    broken.entities[0].type = 'person';
    const integrity = await parseDatasetBytes(encode(broken), 'broken.json');
    expect(!integrity.ok && integrity.problems).toEqual([
      expect.objectContaining({ path: 'relationships[1].target', expected: 'the id of an entity' }),
    ]);
  });

  it('says when a file is not UTF-8 or not a dataset at all', async () => {
    const latin1 = await parseDatasetBytes(new Uint8Array([0x7b, 0xe9, 0x7d]), 'x.json');
    expect(!latin1.ok && latin1.problems[0]?.expected).toBe('UTF-8 text');
    const csv = await parseDatasetBytes(new TextEncoder().encode('id,name\n'), 'x.csv');
    expect(!csv.ok && csv.problems[0]?.found).toBe('a file starting "id,name\\n"');
  });
});
