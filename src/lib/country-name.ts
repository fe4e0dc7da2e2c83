const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** "ru" → "Russia": a country code in words; a code Intl does not know ("suhh") as written. */
export function countryName(code: string): string {
  try {
    const name = REGION_NAMES.of(code.toUpperCase());
    // "zz" is FtM's "global"; Intl calls it "Unknown Region", which says less than the code.
    return name && name !== 'Unknown Region' ? name : code;
  } catch {
    return code;
  }
}
