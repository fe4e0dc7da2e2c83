import { defaultsOf, parseKeys, scopeKeys, serialiseKeys, type RejectedValue } from './key-codec';
import { pageHref, parsePage, type Page } from './pages';
import { VIEW_KEYS } from './view-keys';
import type { ViewState } from './view-state-types';

/**
 * The view state a URL restores: parse, serialise without defaults, and the rule that keeps a
 * key to its pages, all read from the one table of keys (`view-keys.ts`).
 */
export * from './view-state-types';
export type { RejectedValue };

export const DEFAULT_VIEW: ViewState = { ...defaultsOf(VIEW_KEYS), page: { kind: 'home' } };

/** Reads a URL into a view state; values it cannot read are dropped and listed. */
export function parseViewState(
  pathname: string,
  search: string,
): { state: ViewState; rejected: RejectedValue[] } {
  const rejected: RejectedValue[] = [];
  const query = parseKeys(VIEW_KEYS, new URLSearchParams(search), rejected);
  const page: Page = parsePage(pathname) ?? DEFAULT_VIEW.page;
  return { state: { ...query, page }, rejected };
}

/** The URL (path and query) of a view state, with defaults left out and keys in a fixed order. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  serialiseKeys(VIEW_KEYS, state, params);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${pageHref(state.page)}?${query}` : pageHref(state.page);
}

/**
 * The state with each part that means nothing on its page (a span off a source, a step off a
 * walkthrough, the claims table's keys off the claims page) put back to its default, naming
 * each key it held. Fields in `keep` stay as they are.
 */
export function scopeToPage(
  state: ViewState,
  keep: ReadonlySet<PropertyKey> = new Set(),
): { state: ViewState; rejected: RejectedValue[] } {
  const { state: query, rejected } = scopeKeys(VIEW_KEYS, state, state.page.kind, keep);
  return { state: { ...query, page: state.page }, rejected };
}
