/** A small deterministic generator (mulberry32), so a layout is the same on every load. */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random replaced by a seeded generator. fcose draws its
 * spectral start from Math.random and offers no seed option; this is the only
 * way to make its output repeatable. `work` must be synchronous.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = createSeededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
