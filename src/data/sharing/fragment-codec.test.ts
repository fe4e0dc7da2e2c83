import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDataFragment, readDataFragment, toDataFragment } from './data-fragment';
import {
  decodeFragment,
  encodeFragment,
  FRAGMENT_VERSION,
  fromBase64Url,
  inflateCapped,
  MAX_LINK_CHARS,
  toBase64Url,
  type FragmentProblem,
} from './fragment-codec';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function rejection(promise: Promise<unknown>): Promise<FragmentProblem> {
  try {
    await promise;
  } catch (error) {
    return (error as { problem: FragmentProblem }).problem;
  }
  throw new Error('expected a rejection');
}

/** A fragment written by hand: any version, any declared size, with a check that matches. */
async function craft(
  body: Uint8Array,
  { version = FRAGMENT_VERSION, inflated }: { version?: number; inflated: number },
) {
  const bytes = new Uint8Array(9 + body.length + 8);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, version);
  view.setUint32(1, body.length);
  view.setUint32(5, inflated);
  bytes.set(body, 9);
  const digest = await crypto.subtle.digest('SHA-256', bytes.subarray(0, 9 + body.length));
  bytes.set(new Uint8Array(digest).subarray(0, 8), 9 + body.length);
  return toBase64Url(bytes);
}

describe('the fragment codec', () => {
  it('gives back any payload it encoded, in base64url only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (payload) => {
        const text = await encodeFragment(new Uint8Array(payload));
        expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(await decodeFragment(text)).toEqual(new Uint8Array(payload));
      }),
      { numRuns: 80 },
    );
  });

  it('carries a file by name and bytes, a byte-order mark and all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string({ unit: 'grapheme' }), async (name, text) => {
        const file = { name: name || 'x.json', bytes: bytesOf(`\uFEFF${text}`) };
        const fragment = await toDataFragment(file);
        expect(fragment.startsWith('#data=')).toBe(true);
        const back = await fromDataFragment(readDataFragment(fragment)!);
        expect(back.name).toBe(file.name);
        expect(back.bytes).toEqual(file.bytes);
      }),
      { numRuns: 60 },
    );
  });

  it('compresses a dataset well: a few dozen entities fit a link', async () => {
    const entities = Array.from({ length: 40 }, (_, at) => ({
      id: `person-${at}`,
      type: 'person',
      name: `Person number ${at}`,
      summary: 'A person named in the source.',
    }));
    const json = JSON.stringify({ schemaVersion: 1, title: 'Forty people', entities }, null, 2);
    const text = await encodeFragment(bytesOf(json));
    expect(text.length).toBeLessThan(json.length / 3);
  });

  it('reads only fragments that carry data', () => {
    expect(readDataFragment('')).toBeNull();
    expect(readDataFragment('#panel')).toBeNull();
    expect(readDataFragment('#data=abc')).toBe('abc');
  });

  describe('rejects, each with its own message', () => {
    const payload = bytesOf(JSON.stringify({ title: 'A dataset', entities: [1, 2, 3] }).repeat(20));

    it('a truncated fragment (cut anywhere)', async () => {
      const text = await encodeFragment(payload);
      for (const length of [0, 1, 5, 12, text.length - 1, Math.floor(text.length / 2)]) {
        const cut = text.slice(0, length);
        // A cut that leaves an impossible base64 length is read as one byte shorter.
        const tidy = cut.length % 4 === 1 ? cut.slice(0, -1) : cut;
        expect(await rejection(decodeFragment(tidy))).toBe('truncated');
      }
      await expect(decodeFragment(text.slice(0, -3))).rejects.toThrow(/cut short/);
    });

    it('a tampered fragment (any byte changed)', async () => {
      const bytes = fromBase64Url(await encodeFragment(payload));
      for (const at of [9, 10, Math.floor(bytes.length / 2), bytes.length - 1]) {
        const changed = bytes.slice();
        changed[at] = changed[at]! ^ 0x41;
        expect(await rejection(decodeFragment(toBase64Url(changed)))).toBe('tampered');
      }
      await expect(decodeFragment(toBase64Url(bytes) + 'AAAA')).rejects.toThrow(/changed/);
    });

    it('a fragment with characters base64url never has', async () => {
      expect(await rejection(decodeFragment('abc$def'))).toBe('malformed');
      expect(await rejection(decodeFragment('abcde'))).toBe('malformed');
    });

    it('a fragment of another version', async () => {
      const text = await craft(await deflate(payload), { version: 2, inflated: payload.length });
      expect(await rejection(decodeFragment(text))).toBe('version');
      await expect(decodeFragment(text)).rejects.toThrow(/another version of Liaison/);
    });

    it('a fragment longer than a link may be', async () => {
      const text = 'A'.repeat(MAX_LINK_CHARS + 4);
      expect(await rejection(decodeFragment(text))).toBe('too-large');
    });

    // A few kB that unpack to 16 MB (and, nested, to gigabytes).
    const bomb = { size: 16 * 1024 * 1024, body: deflate(new Uint8Array(16 * 1024 * 1024)) };

    it('a decompression bomb that says its size: refused before inflating anything', async () => {
      const body = await bomb.body;
      let inflated = 0;
      const text = await craft(body, { inflated: bomb.size });
      const problem = await rejection(
        decodeFragment(text, { maxChars: Infinity, onProgress: (total) => (inflated = total) }),
      );
      expect(problem).toBe('too-large');
      expect(inflated).toBe(0);
    });

    it('a decompression bomb that lies about its size: stopped at the size it declared', async () => {
      const body = await bomb.body;
      expect(body.length).toBeLessThan(MAX_LINK_CHARS * 3);
      let inflated = 0;
      const text = await craft(body, { inflated: 1000 });
      const problem = await rejection(
        decodeFragment(text, { maxChars: Infinity, onProgress: (total) => (inflated = total) }),
      );
      expect(problem).toBe('too-large');
      // One chunk past the cap at most: the rest is never inflated.
      expect(inflated).toBeGreaterThan(1000);
      expect(inflated).toBeLessThan(1024 * 1024);
    });

    it('inflating stops at the cap, whatever the stream holds', async () => {
      let inflated = 0;
      await expect(
        inflateCapped(await bomb.body, 2 * 1024 * 1024, (total) => (inflated = total)),
      ).rejects.toThrow(/stopped reading it/);
      expect(inflated).toBeLessThan(3 * 1024 * 1024);
    });
  });
});
