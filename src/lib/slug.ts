/**
 * The one slug: the Latin letters and digits of a text, lower case, joined by hyphens, cut to
 * `maxLength` and never starting or ending with a hyphen: "Zoë’s Café" → "zoe-s-cafe". Dataset
 * ids and FtM entity ids are made with it, so a slug changes only when this function does.
 */
export function slugOf(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
