import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../data/schema/schema';
import { CLAIM_TYPES } from '../data/model/claims';
import { CERTAINTIES } from '../data/schema/vocabulary';
import {
  DEFAULT_VIEW,
  CLAIM_SORT_COLUMNS,
  LAYOUTS,
  parseViewState,
  serialiseViewState,
  type Page,
  type RejectedValue,
  type ViewState,
} from './view-state';
import { pageHref } from './pages';
import { compareDays, periodOf, type TimePoint, type TimeWindow } from '../data/time/time-points';

/** Parses a whole href, as the router hands over its path and search. */
function parseHref(href: string) {
  const at = href.indexOf('?');
  return at < 0 ? parseViewState(href, '') : parseViewState(href.slice(0, at), href.slice(at));
}

const reject = (key: string, value: string, reason: string): RejectedValue => ({
  key,
  value,
  reason,
});

describe('parseViewState', () => {
  it.each<[href: string, expected: Partial<ViewState>, rejected: RejectedValue[]]>([
    ['/', {}, []],
    ['/entity/viktor-goremykin', { page: { kind: 'entity', id: 'viktor-goremykin' } }, []],
    ['/relationship/a-met-b/', { page: { kind: 'relationship', id: 'a-met-b' } }, []],
    ['/source/the%20report', { page: { kind: 'source', id: 'the report' } }, []],
    ['/entity/%E0%A4%A', { page: { kind: 'entity', id: '%E0%A4%A' } }, []],
    ['/no/such/page', {}, []],
    ['/?focus=a', { focus: { id: 'a', depth: 1, direction: 'both' } }, []],
    ['/?focus=a&depth=3&dir=in', { focus: { id: 'a', depth: 3, direction: 'in' } }, []],
    ['/?focus=', {}, []],
    ['/?others=hide', { others: 'hide' }, []],
    ['/?hide-types=place,person', { hiddenTypes: ['person', 'place'] }, []],
    ['/?hide-types=person,,person', { hiddenTypes: ['person'] }, []],
    ['/?hide-rels=met,leads', { hiddenRelationships: ['leads', 'met'] }, []],
    ['/?hide-certainty=speculated', { hiddenCertainties: ['speculated'] }, []],
    ['/?q=Pak+Yong-il%20%26%3D', { query: 'Pak Yong-il &=' }, []],
    ['/?from=a&to=b', { pathFrom: 'a', pathTo: 'b' }, []],
    ['/?layout=grid', { layout: 'grid' }, []],
    ['/?show=2000', { show: 2000 }, []],
    ['/?show=all', { show: 'all' }, []],
    ['/source/s?span=0-12', { page: { kind: 'source', id: 's' }, span: { start: 0, end: 12 } }, []],
    ['/?dataset=notes-0123456789ab', { dataset: 'notes-0123456789ab' }, []],
    ['/walkthrough/s?step=4', { page: { kind: 'walkthrough', id: 's' }, step: 4 }, []],
    [
      '/?when=2023-06..2023-10',
      {
        timeWindow: {
          from: { era: 'calendar', year: 2023, month: 6 },
          to: { era: 'calendar', year: 2023, month: 10 },
        },
      },
      [],
    ],
    ['/claims', { page: { kind: 'claims' } }, []],
    ['/claims/', { page: { kind: 'claims' } }, []],
    [
      '/claims?sort=-date&claim-type=greeted&claim-text=Pak+Yong',
      {
        page: { kind: 'claims' },
        claims: { sort: { by: 'date', descending: true }, type: 'greeted', text: 'Pak Yong' },
      },
      [],
    ],
    [
      '/?when=2023..pub-1m',
      {
        timeWindow: {
          from: { era: 'calendar', year: 2023 },
          to: { era: 'relative', offset: -1, unit: 'month' },
        },
      },
      [],
    ],
    [
      '/?when=pub-1d..',
      { timeWindow: { from: { era: 'relative', offset: -1, unit: 'day' }, to: null } },
      [],
    ],
    [
      '/?when=..2024-06-19',
      { timeWindow: { from: null, to: { era: 'calendar', year: 2024, month: 6, day: 19 } } },
      [],
    ],
    // A `+` typed into a link arrives as a space.
    [
      '/?when=pub+2w..pub%2B3w',
      {
        timeWindow: {
          from: { era: 'relative', offset: 2, unit: 'week' },
          to: { era: 'relative', offset: 3, unit: 'week' },
        },
      },
      [],
    ],
    [
      '/claims?sort=certainty&claim-type=event',
      {
        page: { kind: 'claims' },
        claims: { sort: { by: 'certainty', descending: false }, type: 'event', text: '' },
      },
      [],
    ],
    // Values that cannot be used are dropped and listed, with a reason.
    [
      '/?focus=a&depth=4',
      { focus: { id: 'a', depth: 1, direction: 'both' } },
      [reject('depth', '4', 'not one of 1, 2, 3')],
    ],
    [
      '/?focus=a&dir=up',
      { focus: { id: 'a', depth: 1, direction: 'both' } },
      [reject('dir', 'up', 'not one of both, out, in')],
    ],
    ['/?others=show', {}, [reject('others', 'show', 'not one of fade, hide')]],
    [
      '/?hide-types=person,robot',
      { hiddenTypes: ['person'] },
      [reject('hide-types', 'robot', expect.stringMatching(/^not one of person, /))],
    ],
    [
      '/?hide-certainty=sure',
      {},
      [reject('hide-certainty', 'sure', expect.stringContaining('speculated'))],
    ],
    [
      '/?layout=cose',
      {},
      [reject('layout', 'cose', 'not one of fcose, concentric, breadthfirst, circle, grid')],
    ],
    ['/?span=20-10', {}, [reject('span', '20-10', 'not a range like 120-180')]],
    ['/?span=5-5', {}, [reject('span', '5-5', 'not a range like 120-180')]],
    ['/?span=start-end', {}, [reject('span', 'start-end', 'not a range like 120-180')]],
    ['/?depth=2', {}, [reject('depth', '2', 'needs a focus')]],
    // Without a focus a depth is dropped for that alone, and named once.
    ['/?depth=4&focus=', {}, [reject('depth', '4', 'needs a focus')]],
    [
      '/?dir=in&depth=2',
      {},
      [reject('depth', '2', 'needs a focus'), reject('dir', 'in', 'needs a focus')],
    ],
    ['/?zoom=3', {}, [reject('zoom', '3', 'not a Liaison link key')]],
    ...['0', '-5', '2.5', '1e3', 'All', '02000', '', '12345678'].map(
      (value): [string, Partial<ViewState>, RejectedValue[]] => [
        `/?show=${value}`,
        {},
        [reject('show', value, 'not a number of entities like 2000, or all')],
      ],
    ),
    ['/?dataset=../x', {}, [reject('dataset', '../x', 'not the id of a dataset')]],
    ...[
      '2023-10..2023-06',
      'pub..2023-06',
      '2023-13',
      '2023-02-30..',
      '..',
      'june',
      'pub-1x..',
    ].map((value): [string, Partial<ViewState>, RejectedValue[]] => [
      `/?when=${value}`,
      {},
      [reject('when', value, 'not a window like 2023-06..2023-10 or 2023-10..pub-1m')],
    ]),
    ...['0', '-1', '2.5', 'four'].map((value): [string, Partial<ViewState>, RejectedValue[]] => [
      `/walkthrough/s?step=${value}`,
      { page: { kind: 'walkthrough', id: 's' } },
      [reject('step', value, 'not a paragraph number like 4')],
    ]),
    ['/claims/x', {}, []],
    [
      '/claims?sort=colour',
      { page: { kind: 'claims' } },
      [reject('sort', 'colour', expect.stringMatching(/^not one of source, claim, type, /))],
    ],
    [
      '/claims?sort=--date',
      { page: { kind: 'claims' } },
      [reject('sort', '--date', expect.stringContaining('optional leading -'))],
    ],
    [
      '/claims?claim-type=person',
      { page: { kind: 'claims' } },
      [reject('claim-type', 'person', 'not a relationship type or event')],
    ],
  ])('%s', (href, expected, rejected) => {
    expect(parseHref(href)).toEqual({ state: { ...DEFAULT_VIEW, ...expected }, rejected });
  });
});

describe('serialiseViewState', () => {
  it('gives a plain view a plain URL', () => {
    expect(serialiseViewState(DEFAULT_VIEW)).toBe('/');
    const focused: ViewState = { ...DEFAULT_VIEW, focus: { id: 'a', depth: 1, direction: 'both' } };
    expect(serialiseViewState(focused)).toBe('/?focus=a');
  });

  it('writes every key in a fixed order, whatever order the state was built in', () => {
    const state: ViewState = {
      step: 3,
      timeWindow: { from: { era: 'calendar', year: 2023, month: 6 }, to: null },
      claims: { sort: { by: 'claim', descending: true }, type: 'met', text: 'a,b' },
      span: { start: 1, end: 5 },
      layout: 'grid',
      pathTo: 'd',
      pathFrom: 'c',
      query: 'x y',
      show: 4000,
      unlinked: 'show',
      hiddenCertainties: ['speculated'],
      hiddenRelationships: ['met'],
      hiddenTypes: ['person', 'place'],
      others: 'hide',
      focus: { id: 'b', depth: 2, direction: 'out' },
      page: { kind: 'source', id: 'a' },
      dataset: 'notes-0123456789ab',
    };
    expect(serialiseViewState(state)).toBe(
      '/source/a?dataset=notes-0123456789ab&focus=b&depth=2&dir=out&others=hide' +
        '&hide-types=person,place&hide-rels=met&hide-certainty=speculated&unlinked=show' +
        '&show=4000&q=x+y&from=c&to=d&layout=grid&span=1-5&when=2023-06..&step=3' +
        '&sort=-claim&claim-type=met&claim-text=a,b',
    );
  });
});

describe('pageHref', () => {
  it.each<[Page, string]>([
    [{ kind: 'home' }, '/'],
    [{ kind: 'entity', id: 'viktor-goremykin' }, '/entity/viktor-goremykin'],
    [{ kind: 'relationship', id: 'a/b c' }, '/relationship/a%2Fb%20c'],
    [{ kind: 'source', id: 'ünï?#' }, '/source/%C3%BCn%C3%AF%3F%23'],
    [{ kind: 'claims' }, '/claims'],
  ])('%j → %s', (page, href) => {
    expect(pageHref(page)).toBe(href);
    expect(parseHref(href).state.page).toEqual(page);
  });
});

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

const page: fc.Arbitrary<Page> = fc.oneof(
  fc.constant({ kind: 'home' as const }),
  fc.record({
    kind: fc.constantFrom('entity', 'relationship', 'source', 'walkthrough'),
    id: slug,
  }),
  fc.constant({ kind: 'claims' as const }),
);

const query = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(' ', 'a b', 'x&y=z', '?#%', '%2C,', '+1', 'Pak Yong-il', '북한 & Россия'),
);

const timePoint: fc.Arbitrary<TimePoint> = fc.oneof(
  fc
    .record(
      {
        era: fc.constant('calendar' as const),
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      },
      { requiredKeys: ['era', 'year'] },
    )
    .map((point) => (point.month === undefined ? { era: point.era, year: point.year } : point)),
  fc.oneof(
    fc.constant({ era: 'relative' as const, offset: 0, unit: 'day' as const }),
    fc.record({
      era: fc.constant('relative' as const),
      offset: fc.integer({ min: -99_999, max: 99_999 }).filter((offset) => offset !== 0),
      unit: fc.constantFrom('day', 'week', 'month', 'year'),
    }),
  ),
);

/** Windows whose start comes no later than their end, as the codec only accepts those. */
const timeWindow: fc.Arbitrary<TimeWindow> = fc
  .tuple(fc.option(timePoint, { nil: null }), fc.option(timePoint, { nil: null }))
  .filter(([from, to]) => !!(from || to))
  .map(([from, to]) => {
    if (!from || !to) return { from, to };
    const [a, b] = [periodOf(from), periodOf(to)];
    return compareDays(a.era, a.start, b.era, b.end) <= 0 ? { from, to } : { from: to, to: from };
  })
  .filter(({ from, to }) => {
    if (!from || !to) return true;
    const [a, b] = [periodOf(from), periodOf(to)];
    return compareDays(a.era, a.start, b.era, b.end) <= 0;
  });

const viewState: fc.Arbitrary<ViewState> = fc.record({
  dataset: fc.option(
    fc.tuple(slug, fc.stringMatching(/^[0-9a-f]{12}$/)).map((parts) => parts.join('-')),
    { nil: null },
  ),
  page,
  focus: fc.option(
    fc.record({
      id: slug,
      depth: fc.constantFrom(1, 2, 3),
      direction: fc.constantFrom('both', 'out', 'in'),
    }),
    { nil: null },
  ),
  others: fc.constantFrom('fade', 'hide'),
  hiddenTypes: fc.subarray([...ENTITY_TYPES]),
  hiddenRelationships: fc.subarray([...RELATIONSHIP_TYPES]),
  hiddenCertainties: fc.subarray(CERTAINTIES),
  unlinked: fc.constantFrom('hide', 'show'),
  show: fc.oneof(
    fc.constant(null),
    fc.constant('all' as const),
    fc.integer({ min: 1, max: 9_999_999 }),
  ),
  query,
  pathFrom: fc.option(slug, { nil: null }),
  pathTo: fc.option(slug, { nil: null }),
  layout: fc.constantFrom(...LAYOUTS),
  span: fc.option(
    fc
      .tuple(fc.nat(1_000_000), fc.integer({ min: 1, max: 10_000 }))
      .map(([start, length]) => ({ start, end: start + length })),
    { nil: null },
  ),
  timeWindow: fc.option(timeWindow, { nil: null }),
  step: fc.integer({ min: 1, max: 999_999 }),
  claims: fc.record({
    sort: fc.record({ by: fc.constantFrom(...CLAIM_SORT_COLUMNS), descending: fc.boolean() }),
    type: fc.option(fc.constantFrom(...CLAIM_TYPES), { nil: null }),
    text: query,
  }),
});

describe('the URL round trip', () => {
  it('reads back every valid view state it writes, rejecting nothing', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseHref(serialiseViewState(state))).toEqual({ state, rejected: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('writes a parsed URL back unchanged when it holds no defaults', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const href = serialiseViewState(state);
        expect(serialiseViewState(parseHref(href).state)).toBe(href);
      }),
    );
  });
});
