import { describe, expect, it } from 'vitest';
import { countryName } from './country-name';

describe('countryName', () => {
  it('names a country code in words, and keeps a code it does not know', () => {
    expect(countryName('ru')).toBe('Russia');
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('suhh')).toBe('suhh');
    expect(countryName('zz')).toBe('zz');
  });
});
