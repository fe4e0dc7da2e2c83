import { readText } from '../../../test/node-files';
import { parseDataset, type LoadedDataset } from '../../load/load-dataset';
import { importFtm, type FtmImportReport } from './ftm-import';
import { ftmModel } from './ftm-model';
import { readFtmRecords } from './ftm-read';

/** The FtM fixtures (written by scripts/make-ftm-fixtures.mjs with the library's model). */
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
