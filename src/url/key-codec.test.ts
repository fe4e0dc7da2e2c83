import { describe, expect, it } from 'vitest';
import {
  defaultsOf,
  keysOf,
  parseKeys,
  scopeKeys,
  serialiseKeys,
  type KeyTable,
} from './key-codec';
import { VIEW_KEYS } from './view-keys';

/** A table of two rows, one kept to the claims page: what a new key costs. */
interface Toy {
  minSources: number;
  note: string;
}
const TOY: KeyTable<Toy> = {
  minSources: {
    key: 'min-sources',
    default: 1,
    parse: (raw, drop) => (/^[1-9]\d?$/.test(raw) ? Number(raw) : drop('not a count like 2')),
    serialise: String,
    pages: ['claims'],
  },
  note: { key: 'note', default: '', parse: (raw) => raw, serialise: (note) => note },
};

const parse = (search: string) => {
  const rejected: { key: string; value: string; reason: string }[] = [];
  return { state: parseKeys(TOY, new URLSearchParams(search), rejected), rejected };
};
const serialise = (state: Toy) => {
  const params = new URLSearchParams();
  serialiseKeys(TOY, state, params);
  return params.toString();
};

describe('a key table', () => {
  it('reads, writes without defaults, and scopes a key from its row alone', () => {
    expect(defaultsOf(TOY)).toEqual({ minSources: 1, note: '' });
    expect(parse('min-sources=3&note=x')).toEqual({
      state: { minSources: 3, note: 'x' },
      rejected: [],
    });
    expect(parse('min-sources=0&constructor=1')).toEqual({
      state: { minSources: 1, note: '' },
      rejected: [
        { key: 'min-sources', value: '0', reason: 'not a count like 2' },
        { key: 'constructor', value: '1', reason: 'not a Liaison link key' },
      ],
    });
    expect(serialise({ minSources: 1, note: '' })).toBe('');
    expect(serialise({ minSources: 2, note: 'a b' })).toBe('min-sources=2&note=a+b');
    expect(scopeKeys(TOY, { minSources: 2, note: 'a' }, 'home')).toEqual({
      state: { minSources: 1, note: 'a' },
      rejected: [
        { key: 'min-sources', value: '2', reason: 'only means something in the claims table' },
      ],
    });
    expect(scopeKeys(TOY, { minSources: 2, note: 'a' }, 'claims').rejected).toEqual([]);
    const kept = scopeKeys(TOY, { minSources: 2, note: 'a' }, 'home', new Set(['minSources']));
    expect(kept.state.minSources).toBe(2);
  });

  it('gives each key of the view one row', () => {
    const keys = keysOf(VIEW_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
