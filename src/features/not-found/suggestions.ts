import { relationshipTitle } from '../../data/model/describe';
import type { LoadedDataset } from '../../data/load/load-dataset';
import { tokenise } from '../../data/search/normalise';

export interface Suggestion {
  kind: 'entity' | 'relationship' | 'source';
  id: string;
  name: string;
}

/** The closest names to an unknown id, so a mistyped or outdated link still leads somewhere. */
export function suggestFor(
  dataset: LoadedDataset,
  kind: string,
  unknownId: string,
  limit = 5,
): Suggestion[] {
  const words = tokenise(unknownId);
  if (kind === 'source') {
    return dataset.sources.map((source) => ({
      kind: 'source',
      id: source.id,
      name: source.title,
    }));
  }
  if (kind === 'relationship') {
    const wanted = new Set(words);
    return dataset.relationships
      .map((relationship) => ({
        relationship,
        score: tokenise(relationship.id).filter((word) => wanted.has(word)).length,
      }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ relationship }) => ({
        kind: 'relationship',
        id: relationship.id,
        name: relationshipTitle(dataset, relationship),
      }));
  }
  return dataset.search
    .search(words.join(' '), { limit, kind: 'entity' })
    .map((hit) => ({ kind: 'entity', id: hit.id, name: hit.name }));
}
