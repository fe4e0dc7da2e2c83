/**
 * The longest search Liaison runs. A term of a million characters made MiniSearch's fuzzy match
 * throw a RangeError, and one of 100,000 froze the page for 31 s; no name is searched for by more.
 */
export const SEARCH_TERM_LIMIT = 200;
/** Fuzzy matching compares a term with every indexed one: past this length a term is matched as typed. */
export const FUZZY_TERM_LIMIT = 40;

/** The search as run: trimmed to `SEARCH_TERM_LIMIT` characters. */
export const limitSearchTerm = (query: string) =>
  query.length > SEARCH_TERM_LIMIT ? query.slice(0, SEARCH_TERM_LIMIT) : query;
