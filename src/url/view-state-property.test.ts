import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText as text, PROTOTYPE_WORDS } from '../test/arbitraries';
import { keysOf } from './key-codec';
import { VIEW_KEYS } from './view-keys';
import { parseViewState } from './view-state';

describe('parseViewState on arbitrary URLs', () => {
  const segment = fc.oneof(
    text,
    fc.constantFrom('entity', 'relationship', 'source', 'walkthrough', 'claims', '%E0%A4%A'),
  );
  // Every key the table reads, so a new row is fuzzed as soon as it is added.
  const key = fc.constantFrom(...keysOf(VIEW_KEYS), ...PROTOTYPE_WORDS);

  // Near-misses of a time window: bounds, separators and signs in any order.
  const windowText = fc
    .array(fc.constantFrom('2023', '-06', '-31', '..', '.', 'pub', '-1m', '+', ' ', '0', 'x'), {
      maxLength: 6,
    })
    .map((parts) => parts.join(''));

  it('never throws, and names every value it drops', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        fc.array(fc.tuple(fc.oneof(key, text), fc.oneof(text, windowText)), { maxLength: 6 }),
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
