/** Route patterns, in one place. Hrefs with view state come from url/view-state.ts. */
export const ROUTES = {
  home: '/',
  entity: '/entity/:id',
  relationship: '/relationship/:id',
  source: '/source/:id',
} as const;
