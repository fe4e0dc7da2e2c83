import type { Dataset } from '../../schema/schema';
import { exportFtm, toFtmJsonLines, type FtmExportOptions } from './ftm-export';
import { slugOf } from '../../../lib/slug';
import { ID_SLUG_LENGTH } from './ftm-ids';
import { ftmModel } from './ftm-model';

/**
 * A dataset (or the part a view shows) as an FtM JSON lines file. Loaded only when someone
 * exports, so the model costs the page nothing before then.
 */
export function toFtmFile(dataset: Dataset, options: FtmExportOptions = {}) {
  const { entities } = exportFtm(dataset, ftmModel, options);
  return {
    name: `${slugOf(dataset.title, ID_SLUG_LENGTH) || 'liaison'}.ftm.jsonl`,
    text: toFtmJsonLines(entities),
    count: entities.length,
  };
}
