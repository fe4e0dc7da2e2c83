import { readText } from '../../../test/node-files';
import { parseDataset, type LoadedDataset } from '../../load/load-dataset';
import { importFtm, type FtmImportReport } from './ftm-import';
import { mergeFragments, type Merged } from './ftm-merge';
import { ftmModel } from './ftm-model';
import { readFtmRecords } from './ftm-read';

/** The FtM fixtures (written by scripts/fixtures/make-ftm-fixtures.mjs with the library's model). */
export function readFixture(name: string): string {
  return readText(new URL(`../../../../e2e/fixtures/ftm/${name}`, import.meta.url));
}

/** FtM text through the import and the same validation as any dataset. */
export function importText(
  text: string,
  title = 'test',
): { dataset: LoadedDataset; report: FtmImportReport } {
  const { records, malformed } = readFtmRecords(text);
  const { dataset, report } = importFtm(records, malformed, ftmModel, { title, dataset: title });
  return { dataset: parseDataset(dataset, title), report };
}

/** FtM entities, written as a file would hold them, read and merged: the input of the import's later steps. */
export function mergedOf(entities: readonly object[]): Merged[] {
  const { records } = readFtmRecords(entities.map((entity) => JSON.stringify(entity)).join('\n'));
  return mergeFragments(records, ftmModel).merged;
}
