import type { SearchHit, SearchIndex } from '../../data/search/search';

export interface SearchOutcome {
  hits: SearchHit[];
  /** Why the search could not run, in words; null when it ran. */
  failure: string | null;
}

/**
 * A search whose failure is a message in the list, not the app's error page: whatever the
 * index throws on a term it cannot match, the page and the text typed stay as they were.
 */
export function runSearch(index: SearchIndex, text: string, limit: number): SearchOutcome {
  try {
    return { hits: index.search(text, { limit }), failure: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      hits: [],
      failure: `This search could not run (${reason}). Try fewer or shorter words.`,
    };
  }
}
