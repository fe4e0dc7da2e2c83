import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text';

describe('foldText', () => {
  it.each([
    ['Kōrea’s', 'koreas'],
    ['PÁRK', 'park'],
    ['Ro Kwang-chol', 'ro kwang-chol'],
    ["People's", 'peoples'],
    ['Ünïcödé', 'unicode'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each([
    ['Pák Yŏng-il', 'pak yong-il'],
    ['ÉCOLE', 'ecole'],
  ])('%s folds like %s', (text, folded) => {
    expect(foldText(text)).toBe(foldText(folded));
  });
});
