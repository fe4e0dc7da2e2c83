import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText as text, PROTOTYPE_WORDS } from '../test/arbitraries';
import { parseViewState } from './view-state';

describe('parseViewState on arbitrary URLs', () => {
  const segment = fc.oneof(
    text,
    fc.constantFrom('entity', 'relationship', 'source', 'claims', '%E0%A4%A'),
  );
  const key = fc.constantFrom(
    'focus',
    'depth',
    'dir',
    'q',
    'from',
    'to',
    'layout',
    'span',
    'hide-types',
    'sort',
    'claim-type',
    'claim-text',
    ...PROTOTYPE_WORDS,
  );

  it('never throws, and names every value it drops', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.array(fc.tuple(fc.oneof(key, text), text), { maxLength: 6 }),
        (segments, pairs) => {
          const search = new URLSearchParams(pairs).toString();
          const { state, rejected } = parseViewState(`/${segments.join('/')}`, `?${search}`);
          expect(typeof state.query).toBe('string');
          for (const value of rejected) expect(typeof value.reason).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on raw, unencoded text', () => {
    fc.assert(
      fc.property(text, text, (path, search) => {
        expect(() => parseViewState(path, search)).not.toThrow();
      }),
    );
  });
});
