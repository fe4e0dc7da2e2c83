import { describe, expect, it } from 'vitest';
import {
  isSharedViewFile,
  parseSharedViewFile,
  toSharedViewFile,
  viewForDataset,
} from './shared-view-file';

const file = { name: 'people.json', bytes: new TextEncoder().encode('\uFEFF{"title":"Zoë"}') };

describe('the shared-view file', () => {
  it('holds the view and the file byte for byte, and says what it is at its start', () => {
    const text = toSharedViewFile({ view: '/entity/a?dataset=people-0123456789ab', file });
    expect(isSharedViewFile(text)).toBe(true);
    expect(isSharedViewFile('{"schemaVersion":1}')).toBe(false);
    const back = parseSharedViewFile(text);
    expect(back).toEqual({ view: '/entity/a?dataset=people-0123456789ab', file });
  });

  it.each([
    ['another origin', '//evil.example/x'],
    ['a backslash origin', '/\\evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['an absolute URL', 'https://evil.example/'],
  ])('refuses a view on %s', (_, view) => {
    const text = toSharedViewFile({ view, file });
    expect(parseSharedViewFile(text)).toEqual({ problem: expect.stringContaining('lacks') });
  });

  it('names another version as such', () => {
    const text = JSON.stringify({ liaison: 'liaison-shared-view', version: 2 });
    expect(parseSharedViewFile(text)).toEqual({
      problem: expect.stringContaining('another version'),
    });
  });

  it('points the view at the dataset as this browser opened it', () => {
    expect(viewForDataset('/?dataset=a-0123456789ab&focus=x', 'a-0123456789ab')).toBe(
      '/?dataset=a-0123456789ab&focus=x',
    );
    expect(viewForDataset('/entity/x?focus=x', 'b-0123456789ab')).toBe(
      '/entity/x?focus=x&dataset=b-0123456789ab',
    );
  });
});
