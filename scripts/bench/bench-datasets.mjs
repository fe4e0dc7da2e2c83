// A dataset as the bench uses it: what it routes in place of the bundled file, and which
// entities the interactions touch (the same on both sides).
import { createSyntheticDataset } from '../fixtures/synthetic-dataset.mjs';

/**
 * The entity with the most relationships (of a type, if given): drawn large enough to click at
 * every size, and drawn by Liaison's overview of a large dataset, which starts from these.
 */
function mostConnected(dataset, type) {
  const degree = new Map();
  for (const { source, target } of dataset.relationships) {
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return dataset.entities
    .filter((entity) => !type || entity.type === type)
    .reduce((best, entity) =>
      (degree.get(entity.id) ?? 0) > (degree.get(best.id) ?? 0) ? entity : best,
    );
}

/** The commonest type other than `except`: hiding it changes the most. */
function commonestTypeBut(dataset, except) {
  const counts = new Map();
  for (const { type } of dataset.entities) {
    if (type !== except) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** `body` null: the app's own file is served as it is. */
export function toBenchDataset(label, dataset, body = JSON.stringify(dataset)) {
  const selected = mostConnected(dataset);
  const filterType = commonestTypeBut(dataset, selected.type);
  return {
    label,
    body,
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
    selectId: selected.id,
    filterType,
    filterProbeId: mostConnected(dataset, filterType).id,
  };
}

/** `size` is 'bundled' (the app's own file) or a synthetic entity count. */
export function createBenchDataset(size, bundled) {
  return size === 'bundled'
    ? toBenchDataset('bundled article', bundled, null)
    : toBenchDataset(`synthetic ${size}`, createSyntheticDataset(size));
}
