import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { join, slice, yieldToPage } from './dataset-slices';
import type { IndexedDataset } from './indexed-dataset';
import { canonicalTerm, tokenise } from './normalise';
import type { Dataset, EntityType } from './schema';

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
  score: number;
  /** Canonical terms of the document that matched the query. */
  terms: string[];
}

export interface SearchIndex {
  search(query: string, options?: { limit?: number }): SearchHit[];
}

interface SearchDocument {
  id: string;
  type: EntityType;
  name: string;
  aliases: string;
  summary: string;
  evidence: string;
}

const FIELDS = ['name', 'aliases', 'summary', 'evidence'] as const;

const OPTIONS: Options<SearchDocument> = {
  fields: [...FIELDS],
  storeFields: ['type', 'name'],
  tokenize: tokenise,
  processTerm: canonicalTerm,
  searchOptions: {
    boost: { name: 4, aliases: 3, summary: 1, evidence: 0.5 },
    prefix: true,
    fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  },
};

/** The search index as a worker hands it over: its terms in JSON slices (see dataset-slices.ts). */
export interface SearchIndexSlices {
  head: string;
  terms: string[];
}

/** The entities indexed for search, in a form a worker can hand over (see parse-worker.ts). */
export function indexForSearch(dataset: Pick<Dataset, 'entities'>): SearchIndexSlices {
  const { index, ...head } = buildMiniSearch(dataset).toJSON();
  return { head: JSON.stringify(head), terms: slice(index) };
}

/** A search index from `indexForSearch`'s slices, restored a slice per task. */
export async function restoreSearchIndex(
  slices: SearchIndexSlices,
  pause: () => Promise<void> = yieldToPage,
): Promise<SearchIndex> {
  const head = JSON.parse(slices.head) as Omit<AsPlainObject, 'index'>;
  const index = await join<AsPlainObject['index'][number]>(slices.terms, pause);
  return toSearchIndex(await MiniSearch.loadJSAsync({ ...head, index }, OPTIONS));
}

export function createSearchIndex(dataset: IndexedDataset): SearchIndex {
  return toSearchIndex(buildMiniSearch(dataset));
}

function buildMiniSearch(dataset: Pick<Dataset, 'entities'>): MiniSearch<SearchDocument> {
  const miniSearch = new MiniSearch<SearchDocument>(OPTIONS);
  miniSearch.addAll(
    dataset.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases.join(' · '),
      summary: entity.summary,
      evidence: entity.evidence.map((item) => item.quote).join(' … '),
    })),
  );
  return miniSearch;
}

function toSearchIndex(miniSearch: MiniSearch<SearchDocument>): SearchIndex {
  const toHit = (result: SearchResult): SearchHit => ({
    id: result.id as string,
    type: result['type'] as EntityType,
    name: result['name'] as string,
    score: result.score,
    terms: result.terms,
  });

  return {
    search(query, { limit = 20 } = {}) {
      if (!query.trim()) return [];
      // Every word must match; when none does, any word may, so a typo never empties the list.
      let results = miniSearch.search(query, { combineWith: 'AND' });
      if (results.length === 0) results = miniSearch.search(query, { combineWith: 'OR' });
      // A name typed in full comes first, whatever longer names share its words.
      const wanted = tokenise(query).map(canonicalTerm).join(' ');
      const isExact = (result: SearchResult) =>
        tokenise(result['name'] as string)
          .map(canonicalTerm)
          .join(' ') === wanted;
      return results
        .map((result) => ({ result, exact: isExact(result) }))
        .sort((a, b) => Number(b.exact) - Number(a.exact) || b.result.score - a.result.score)
        .slice(0, limit)
        .map(({ result }) => toHit(result));
    },
  };
}

/** Splits text into runs that do or do not match one of the terms, for highlighting. */
export function splitByMatches(
  text: string,
  terms: readonly string[],
): { text: string; isMatch: boolean }[] {
  if (terms.length === 0) return [{ text, isMatch: false }];
  const wanted = new Set(terms);
  const runs: { text: string; isMatch: boolean }[] = [];
  for (const part of text.split(/([^\p{L}\p{N}'’]+)/u)) {
    if (!part) continue;
    const isMatch = tokenise(part).some((word) => wanted.has(canonicalTerm(word)));
    const last = runs.at(-1);
    if (last && last.isMatch === isMatch) last.text += part;
    else runs.push({ text: part, isMatch });
  }
  return runs;
}
