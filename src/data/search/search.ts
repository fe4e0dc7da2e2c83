import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { join, slice, yieldToPage } from '../model/dataset-slices';
import { relationshipTitle } from '../model/describe';
import { relationshipsOf, type IndexedDataset } from '../model/indexed-dataset';
import { foldText } from '../../lib/fold-text';
import { canonicalTerm, tokenise } from './normalise';
import type { Entity, EntityType, Relationship, RelationshipType } from '../schema/schema';
import { countMatches, excerpt, isStopWord } from './search-snippet';

/** Where a hit matched when its name does not show it: one of its aliases, or a quote. */
export interface Snippet {
  field: 'alias' | 'quote' | 'summary';
  text: string;
}

interface HitBase {
  id: string;
  name: string;
  score: number;
  /** Canonical terms of the document that matched the query. */
  terms: string[];
  snippet: Snippet | null;
}

export type SearchHit = HitBase &
  ({ kind: 'entity'; type: EntityType } | { kind: 'relationship'; type: RelationshipType });

/** The records whose search documents may have changed: added, replaced or removed. */
export interface SearchChange {
  entities: Iterable<string>;
  relationships: Iterable<string>;
}

export interface SearchIndex {
  search(query: string, options?: { limit?: number; kind?: SearchHit['kind'] }): SearchHit[];
  /**
   * Brings the index in step with `dataset` (the dataset after the change), a document at a
   * time, never a rebuild. A renamed entity's relationships are indexed again too: their names
   * hold its name. The index changes in place: earlier snapshots of the dataset share it.
   */
  update(dataset: IndexedDataset, changed: SearchChange): void;
}

interface SearchDocument {
  key: string;
  kind: SearchHit['kind'];
  id: string;
  type: EntityType | RelationshipType;
  name: string;
  aliases: readonly string[];
  summary: string;
  quotes: readonly string[];
}

function entityDocument(entity: Entity): SearchDocument {
  const quotes = entity.evidence.map((item) => item.quote);
  if (entity.type === 'statement') quotes.unshift(entity.quote.quote);
  return {
    key: `entity:${entity.id}`,
    kind: 'entity',
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    summary: entity.summary,
    quotes,
  };
}

function relationshipDocument(dataset: IndexedDataset, relationship: Relationship): SearchDocument {
  return {
    key: `relationship:${relationship.id}`,
    kind: 'relationship',
    id: relationship.id,
    type: relationship.type,
    name: relationshipTitle(dataset, relationship),
    aliases: [],
    summary: '',
    quotes: relationship.evidence.map((item) => item.quote),
  };
}

/**
 * The alias or quote that shows where a hit matched, when its name does not show
 * every word of the query; null when the name says it all.
 */
function toSnippet(document: SearchDocument, result: SearchResult): Snippet | null {
  const nameWords = tokenise(document.name).map(canonicalTerm);
  const isShown = (term: string) => nameWords.some((word) => word.startsWith(term));
  if (result.queryTerms.every(isShown)) return null;
  const terms = result.terms;
  const missing = terms.filter((term) => !nameWords.includes(term));
  const candidates: Snippet[] = [
    ...document.aliases.map((text) => ({ field: 'alias' as const, text })),
    ...document.quotes.map((text) => ({ field: 'quote' as const, text })),
    { field: 'summary', text: document.summary },
  ];
  let best: Snippet | null = null;
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = countMatches(candidate.text, missing);
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best && { field: best.field, text: excerpt(best.text, terms) };
}

// Relationships read as sentences full of entity names: they come after the entities named.
const RELATIONSHIP_WEIGHT = 0.6;

const OPTIONS: Options<SearchDocument> = {
  idField: 'key',
  fields: ['name', 'aliases', 'summary', 'quotes'],
  storeFields: [],
  extractField: (document, field) => {
    const value = document[field as keyof SearchDocument];
    return Array.isArray(value) ? value.join(' · ') : String(value);
  },
  tokenize: tokenise,
  processTerm: canonicalTerm,
  searchOptions: {
    // Stop-words stay in the index, so field lengths weigh as written, but are never sought.
    processTerm: (term) => (isStopWord(foldText(term)) ? null : canonicalTerm(term)),
    boost: { name: 4, aliases: 3, summary: 1, quotes: 0.5 },
    prefix: true,
    fuzzy: (term) => (term.length > 3 ? 0.2 : false),
    boostDocument: (key) => (String(key).startsWith('relationship:') ? RELATIONSHIP_WEIGHT : 1),
  },
};

/**
 * What search looks through, by key. Cheap to build (no indexing), so the page rebuilds it from
 * the dataset instead of receiving it from the parse worker.
 */
function searchDocuments(dataset: IndexedDataset): Map<string, SearchDocument> {
  const documents = new Map<string, SearchDocument>();
  for (const entity of dataset.entities) {
    const document = entityDocument(entity);
    documents.set(document.key, document);
  }
  for (const relationship of dataset.relationships) {
    const document = relationshipDocument(dataset, relationship);
    documents.set(document.key, document);
  }
  return documents;
}

function buildMiniSearch(documents: Map<string, SearchDocument>): MiniSearch<SearchDocument> {
  const miniSearch = new MiniSearch<SearchDocument>(OPTIONS);
  miniSearch.addAll([...documents.values()]);
  return miniSearch;
}

/** The search index as a worker hands it over: its terms in JSON slices (see dataset-slices.ts). */
export interface SearchIndexSlices {
  head: string;
  terms: string[];
}

/** The dataset indexed for search, in a form a worker can hand over (see parse-worker.ts). */
export function indexForSearch(dataset: IndexedDataset): SearchIndexSlices {
  const { index, ...head } = buildMiniSearch(searchDocuments(dataset)).toJSON();
  return { head: JSON.stringify(head), terms: slice(index) };
}

/** A search index from `indexForSearch`'s slices, restored a slice per task. */
export async function restoreSearchIndex(
  slices: SearchIndexSlices,
  dataset: IndexedDataset,
  pause: () => Promise<void> = yieldToPage,
): Promise<SearchIndex> {
  const head = JSON.parse(slices.head) as Omit<AsPlainObject, 'index'>;
  const index = await join<AsPlainObject['index'][number]>(slices.terms, pause);
  const miniSearch = await MiniSearch.loadJSAsync<SearchDocument>({ ...head, index }, OPTIONS);
  return toSearchIndex(miniSearch, searchDocuments(dataset));
}

/**
 * The search index built on the first search rather than at load: the page's start-up does not
 * wait for an index that is needed only once the user types.
 */
export function createLazySearchIndex(dataset: IndexedDataset): SearchIndex {
  let index: SearchIndex | null = null;
  let latest = dataset;
  return {
    search(query, options) {
      if (!query.trim()) return [];
      index ??= createSearchIndex(latest);
      return index.search(query, options);
    },
    update(next, changed) {
      // Not built yet: it will be built from the dataset as it is by then.
      if (index) index.update(next, changed);
      else latest = next;
    },
  };
}

export function createSearchIndex(dataset: IndexedDataset): SearchIndex {
  const documents = searchDocuments(dataset);
  return toSearchIndex(buildMiniSearch(documents), documents);
}

function toSearchIndex(
  miniSearch: MiniSearch<SearchDocument>,
  documents: Map<string, SearchDocument>,
): SearchIndex {
  const toHit = (result: SearchResult): SearchHit => {
    const document = documents.get(result.id as string)!;
    return {
      kind: document.kind,
      id: document.id,
      type: document.type,
      name: document.name,
      score: result.score,
      terms: result.terms,
      snippet: toSnippet(document, result),
    } as SearchHit;
  };

  // `remove` with the document as indexed, not `discard`: a discarded document still counts in
  // its terms' document frequencies until vacuuming, so scores would drift from a rebuild's.
  const putDocument = (key: string, document: SearchDocument | undefined) => {
    const indexed = documents.get(key);
    if (indexed) miniSearch.remove(indexed);
    if (document) miniSearch.add(document);
    if (document) documents.set(key, document);
    else documents.delete(key);
  };

  return {
    update(dataset, changed) {
      const relationshipIds = new Set(changed.relationships);
      for (const id of changed.entities) {
        const entity = dataset.entityById.get(id);
        putDocument(`entity:${id}`, entity && entityDocument(entity));
        for (const relationship of relationshipsOf(dataset, id))
          relationshipIds.add(relationship.id);
      }
      for (const id of relationshipIds) {
        const relationship = dataset.relationshipById.get(id);
        putDocument(
          `relationship:${id}`,
          relationship && relationshipDocument(dataset, relationship),
        );
      }
    },

    search(query, { limit = 20, kind } = {}) {
      if (!query.trim()) return [];
      const filter = kind
        ? (result: SearchResult) => documents.get(result.id)?.kind === kind
        : undefined;
      // Every word must match; when none does, any word may, so a typo never empties the list.
      let results = miniSearch.search(query, { combineWith: 'AND', filter });
      if (results.length === 0) results = miniSearch.search(query, { combineWith: 'OR', filter });
      // A name typed in full comes first, whatever longer names share its words.
      const wanted = tokenise(query).map(canonicalTerm).join(' ');
      const isExact = (result: SearchResult) =>
        tokenise(documents.get(result.id)!.name).map(canonicalTerm).join(' ') === wanted;
      return results
        .map((result) => ({ result, exact: isExact(result) }))
        .sort((a, b) => Number(b.exact) - Number(a.exact) || b.result.score - a.result.score)
        .slice(0, limit)
        .map(({ result }) => toHit(result));
    },
  };
}
