import { describe, expect, it } from 'vitest';
import { patchViewState } from './use-view-state';
import { DEFAULT_VIEW, type ViewState } from './view-state';

const reading: ViewState = {
  ...DEFAULT_VIEW,
  page: { kind: 'source', id: 'report' },
  span: { start: 10, end: 20 },
  query: 'pak',
};

describe('patchViewState', () => {
  it('drops the span when leaving the source view', () => {
    const next = patchViewState(reading, { page: { kind: 'entity', id: 'viktor-goremykin' } });
    expect(next).toEqual({
      ...reading,
      page: { kind: 'entity', id: 'viktor-goremykin' },
      span: null,
    });
  });

  it('keeps the span when the page stays a source, or is not changed', () => {
    expect(patchViewState(reading, { page: { kind: 'source', id: 'report' } }).span).toEqual({
      start: 10,
      end: 20,
    });
    expect(patchViewState(reading, { query: 'ro' })).toEqual({ ...reading, query: 'ro' });
  });

  it('keeps a span the patch sets itself', () => {
    const span = { start: 1, end: 2 };
    expect(patchViewState(reading, { page: { kind: 'home' }, span }).span).toBe(span);
  });

  it('keeps the claims table state on the claims page and drops it when leaving', () => {
    const claims = { sort: { by: 'date' as const, descending: true }, type: null, text: 'pak' };
    const onClaims: ViewState = { ...DEFAULT_VIEW, page: { kind: 'claims' }, claims };
    expect(patchViewState(onClaims, { hiddenCertainties: ['stated'] }).claims).toBe(claims);
    expect(patchViewState(onClaims, { page: { kind: 'claims' } }).claims).toBe(claims);
    expect(patchViewState(onClaims, { page: { kind: 'relationship', id: 'r' } }).claims).toEqual(
      DEFAULT_VIEW.claims,
    );
  });

  it('leaves the state it was given untouched', () => {
    const before = structuredClone(reading);
    patchViewState(reading, { page: { kind: 'home' }, layout: 'grid' });
    expect(reading).toEqual(before);
  });
});
