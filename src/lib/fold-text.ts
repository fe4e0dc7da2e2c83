/**
 * The one text fold: lower case, without diacritics or apostrophes, so "koreas" finds "Kōrea’s"
 * and "pak" finds "Pák". Search, the claims table and the source view compare text through it.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase();
}
