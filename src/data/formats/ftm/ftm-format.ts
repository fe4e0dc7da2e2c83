import type { DatasetFormat } from '../dataset-format';
import { looksLikeFtm } from './ftm-read';

/**
 * FollowTheMoney entities (Aleph, OpenSanctions), as JSON lines or a JSON array. Only detection
 * lives here: the FtM model and the import load when an FtM file is opened, so they cost
 * neither the page nor the opening of a Liaison file anything.
 */
export const FTM_FORMAT: DatasetFormat = {
  id: 'followthemoney',
  label: 'FollowTheMoney entities (JSON lines or a JSON array)',
  detect: looksLikeFtm,
  async convert(text, location, onProgress) {
    const { convertFtm } = await import('./ftm-convert');
    return convertFtm(text, location, onProgress);
  },
};
