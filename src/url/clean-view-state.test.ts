import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../test/bundled-dataset';
import { cleanViewState } from './clean-view-state';
import { DEFAULT_VIEW, type RejectedValue, type ViewState } from './view-state';

const dataset = loadBundledDataset();
const SOURCE = dataset.sources[0]!;
const LENGTH = SOURCE.text.length;
const onSource: ViewState = { ...DEFAULT_VIEW, page: { kind: 'source', id: SOURCE.id } };
const focus = (id: string) => ({ id, depth: 2 as const, direction: 'out' as const });

describe('cleanViewState', () => {
  it.each<[what: string, state: ViewState, cleaned: Partial<ViewState>, rejected: RejectedValue[]]>(
    [
      [
        'an unknown focus',
        { ...DEFAULT_VIEW, focus: focus('nobody') },
        { focus: null },
        [{ key: 'focus', value: 'nobody', reason: 'no entity has this id' }],
      ],
      [
        'unknown path ends',
        { ...DEFAULT_VIEW, pathFrom: 'nobody', pathTo: 'no-one' },
        { pathFrom: null, pathTo: null },
        [
          { key: 'from', value: 'nobody', reason: 'no entity has this id' },
          { key: 'to', value: 'no-one', reason: 'no entity has this id' },
        ],
      ],
      [
        'a span past the end of the source',
        { ...onSource, span: { start: 10, end: LENGTH + 1 } },
        { span: null },
        [{ key: 'span', value: `10-${LENGTH + 1}`, reason: 'outside the source text' }],
      ],
      [
        'a span outside a source view',
        {
          ...DEFAULT_VIEW,
          page: { kind: 'entity', id: 'viktor-goremykin' },
          span: { start: 1, end: 2 },
        },
        { span: null },
        [{ key: 'span', value: '1-2', reason: 'only means something in a source view' }],
      ],
      [
        'a step outside a walkthrough',
        { ...onSource, step: 3 },
        { step: 1 },
        [{ key: 'step', value: '3', reason: 'only means something in a walkthrough' }],
      ],
      [
        'a step past the last paragraph',
        { ...DEFAULT_VIEW, page: { kind: 'walkthrough', id: SOURCE.id }, step: 8 },
        { step: 1 },
        [{ key: 'step', value: '8', reason: 'the source has 7 paragraphs' }],
      ],
      [
        'the claims table state outside the claims page',
        {
          ...DEFAULT_VIEW,
          claims: { sort: { by: 'date', descending: true }, type: 'met', text: 'Pak' },
        },
        { claims: DEFAULT_VIEW.claims },
        [
          { key: 'sort', value: '-date', reason: 'only means something in the claims table' },
          { key: 'claim-type', value: 'met', reason: 'only means something in the claims table' },
          { key: 'claim-text', value: 'Pak', reason: 'only means something in the claims table' },
        ],
      ],
    ],
  )('drops %s, with the reason', (_, state, cleaned, rejected) => {
    expect(cleanViewState(state, dataset)).toEqual({ state: { ...state, ...cleaned }, rejected });
  });

  it('keeps what the dataset has', () => {
    const state: ViewState = {
      ...onSource,
      focus: focus('viktor-goremykin'),
      pathFrom: 'viktor-goremykin',
      pathTo: 'andrey-belousov',
      span: { start: 0, end: LENGTH },
    };
    expect(cleanViewState(state, dataset)).toEqual({ state, rejected: [] });
    const walkthrough: ViewState = {
      ...DEFAULT_VIEW,
      page: { kind: 'walkthrough', id: SOURCE.id },
      step: 7,
    };
    expect(cleanViewState(walkthrough, dataset)).toEqual({ state: walkthrough, rejected: [] });
  });

  it.each<ViewState['page']>([
    { kind: 'entity', id: 'nobody' },
    { kind: 'relationship', id: 'no-such-link' },
    { kind: 'source', id: 'no-such-source' },
  ])('leaves an unknown page alone for the not-found view: %j', (page) => {
    const state: ViewState = { ...DEFAULT_VIEW, page };
    expect(cleanViewState(state, dataset)).toEqual({ state, rejected: [] });
  });

  it('reads a merged-away id as the entity it became, and says nothing is lost', () => {
    const merged = { ...dataset, redirects: new Map([['viktor-g', 'viktor-goremykin']]) };
    const state: ViewState = { ...DEFAULT_VIEW, focus: focus('viktor-g'), pathFrom: 'viktor-g' };
    expect(cleanViewState(state, merged)).toEqual({
      state: { ...state, focus: focus('viktor-goremykin'), pathFrom: 'viktor-goremykin' },
      rejected: [],
    });
  });
});
