import { describe, expect, it } from 'vitest';
import { FTM_FAN_OUT_LIMIT } from './ftm-report';
import { importText } from './ftm-test-files';

/** One Ownership whose owner and asset each list `count` companies: 80 kB at 1,000. */
function fanOutFile(count: number): string {
  const ids = (prefix: string) => Array.from({ length: count }, (_, at) => `${prefix}${at}`);
  const companies = [...ids('o'), ...ids('a')].map((id) =>
    JSON.stringify({ id, schema: 'Company', properties: { name: [`Company ${id}`] } }),
  );
  const ownership = JSON.stringify({
    id: 'own',
    schema: 'Ownership',
    properties: { owner: ids('o'), asset: ids('a') },
  });
  return [...companies, ownership].join('\n');
}

describe('an FtM record that fans out', () => {
  it('1,000 owners × 1,000 assets become at most the fan-out limit of links, and say so', () => {
    const { dataset, report } = importText(fanOutFile(1_000));
    const { relationships, notes = [] } = dataset;
    expect(relationships).toHaveLength(FTM_FAN_OUT_LIMIT);
    expect(report.cappedFanOut).toEqual([
      { record: 'Ownership own', sources: 1_000, targets: 1_000 },
    ]);
    expect(notes.map((note) => note.text)).toContain(
      '999,000 links of record Ownership own not drawn: the record links 1,000 × 1,000, and Liaison draws at most 1,000 links of one record.',
    );
    // Reading 2,000 companies under zod takes seconds on a loaded machine; a million links took minutes.
  }, 60_000);

  it('a record within the limit is drawn whole, with no note', () => {
    const { dataset, report } = importText(fanOutFile(3));
    expect(dataset.relationships).toHaveLength(9);
    expect(report.cappedFanOut).toEqual([]);
  });
});
