import MiniSearch, { type SearchResult } from 'minisearch';
import { relationshipTitle } from './describe';
import type { IndexedDataset } from './indexed-dataset';
import { canonicalTerm, foldText, tokenise } from './normalise';
import type { Entity, EntityType, Relationship, RelationshipType } from './schema';
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

export interface SearchIndex {
  search(query: string, options?: { limit?: number; kind?: SearchHit['kind'] }): SearchHit[];
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

export function createSearchIndex(dataset: IndexedDataset): SearchIndex {
  const miniSearch = new MiniSearch<SearchDocument>({
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
  });
  const documents = new Map<string, SearchDocument>();
  for (const document of [
    ...dataset.entities.map(entityDocument),
    ...dataset.relationships.map((relationship) => relationshipDocument(dataset, relationship)),
  ])
    documents.set(document.key, document);
  miniSearch.addAll([...documents.values()]);

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

  return {
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
