import { indexDataset } from '../data/model/indexed-dataset';
import type { Dataset } from '../data/schema/schema';
import { toElements } from './elements';
import { computeLayoutPositions } from './layout-positions';
import { toPreparedLayout, type PreparedLayout } from './prepared-layouts';

/** Run at build (vite.config.ts): the default layout of a dataset the app ships, laid out. */
export function prepareLayouts(dataset: Dataset): PreparedLayout[] {
  const elements = toElements(indexDataset(dataset));
  return [toPreparedLayout(elements, 'fcose', computeLayoutPositions(elements, 'fcose'))];
}
