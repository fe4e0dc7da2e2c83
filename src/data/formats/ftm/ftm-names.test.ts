import { describe, expect, it } from 'vitest';
import { latinShare, pickName } from './ftm-names';

// The cases of rigour's own tests of pick_name (opensanctions/rigour, tests/names/test_pick.py).
const PUTIN = [
  'Vladimir Vladimirovich Putin',
  'PUTIN, Vladimir Vladimirovich',
  'Vladimir Vladimirovitj PUTIN',
  'Владимир Владимирович Путин',
  'Vladimir Putin',
  'Vladimir Vladimirovich PUTIN',
  'ПУТІН Володимир Володимирович',
  'ウラジーミル・プーチン',
  'PUTIN Vladimir Vladimirovich',
  'Putin Vladimir Vladimirovich',
  'ПУТИН Владимир Владимирович',
  'Путін Володимир Володимирович',
  'Vladimir Vladimirovich POUTINE',
];

describe('pickName', () => {
  it('picks the centroid of many spellings, in Latin script', () => {
    expect(pickName(PUTIN)?.toLowerCase()).toContain('putin');
    expect(latinShare(pickName(PUTIN)!)).toBe(1);
  });

  it('picks the one Latin name among names in other scripts', () => {
    expect(pickName(['Анна Иванова', 'Anna Ivanova', '安娜'])).toBe('Anna Ivanova');
  });

  it('returns a name it was given, and none for no names', () => {
    expect(pickName(['Мич Макконъл', 'Митч Макконнелл'])).toMatch(/^Ми/);
    expect(pickName([])).toBeUndefined();
    expect(pickName(['  '])).toBeUndefined();
  });
});
