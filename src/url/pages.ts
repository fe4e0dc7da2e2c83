/**
 * The one page table: what the path of a URL can name. The router, the links and
 * the view-state codec all read it, so a page is added or renamed in one place.
 */
export const PAGE_KINDS = ['entity', 'relationship', 'source', 'walkthrough'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Pages that show the whole (filtered) dataset a second way, named by the path alone. */
export const VIEW_PAGE_KINDS = ['claims'] as const;
export type ViewPageKind = (typeof VIEW_PAGE_KINDS)[number];

export type Page = { kind: 'home' } | { kind: ViewPageKind } | { kind: PageKind; id: string };

/** Route patterns for the router, one per page kind. */
export const ROUTE_PATTERNS = {
  home: '/',
  entity: '/entity/:id',
  relationship: '/relationship/:id',
  source: '/source/:id',
  walkthrough: '/walkthrough/:id',
  claims: '/claims',
} as const satisfies Record<Page['kind'], string>;

/** Each page as a notice names it: a key that "only means something in a walkthrough". */
export const PAGE_NAMES = {
  home: 'the home page',
  entity: 'an entity view',
  relationship: 'a relationship view',
  source: 'a source view',
  walkthrough: 'a walkthrough',
  claims: 'the claims table',
} as const satisfies Record<Page['kind'], string>;

/** True when `value` is one of `allowed`; narrows it, so callers need no cast. */
export function isOneOf<T extends string | number>(
  allowed: readonly T[],
  value: unknown,
): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The page a pathname names, or null when it names none (a not-found view). */
export function parsePage(pathname: string): Page | null {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length === 0) return { kind: 'home' };
  const [kind, rawId, ...rest] = segments;
  if (segments.length === 1 && isOneOf(VIEW_PAGE_KINDS, kind)) return { kind };
  if (rest.length > 0 || rawId === undefined || !isOneOf(PAGE_KINDS, kind)) return null;
  return { kind, id: decodeSegment(rawId) };
}

export function pageHref(page: Page): string {
  if (page.kind === 'home') return '/';
  return 'id' in page ? `/${page.kind}/${encodeURIComponent(page.id)}` : `/${page.kind}`;
}
