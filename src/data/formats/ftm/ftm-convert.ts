import { DatasetError } from '../../schema/dataset-error';
import { importFtm } from './ftm-import';
import { ftmModel } from './ftm-model';
import { readFtmRecords } from './ftm-read';

const FTM_EXTENSION = /\.(?:ftm\.json|ftm\.jsonl|jsonl|ijson|json|ftm)$/i;

/** "people.ftm.json" → "people": the title and dataset name of a file that names none. */
export function titleOfFile(location: string): string {
  return location.replace(/^.*[\\/]/, '').replace(FTM_EXTENSION, '') || 'FollowTheMoney entities';
}

/**
 * FtM entities as an unvalidated Liaison dataset. Lines that cannot be read, references the file
 * cannot resolve and schemata the model does not know are reported in the dataset's notes; only
 * a file with no entity at all is refused.
 */
export function convertFtm(
  text: string,
  location: string,
  onProgress: (fraction: number) => void = () => {},
): unknown {
  const { records, malformed } = readFtmRecords(text, onProgress);
  if (records.length === 0) {
    throw new DatasetError(
      location,
      malformed.length > 0
        ? malformed.slice(0, 50).map(({ where, problem }) => ({
            path: where,
            expected: 'an FtM entity: a JSON object with id, schema and properties',
            found: problem,
          }))
        : [{ path: '(the file)', expected: 'FollowTheMoney entities', found: 'none' }],
    );
  }
  const title = titleOfFile(location);
  return importFtm(records, malformed, ftmModel, { title, dataset: title }).dataset;
}
