import type { Claim } from '../../data/model/claims';
import { explainDate, formatDate } from '../../data/time/dates';
import type { IndexedDataset } from '../../data/model/indexed-dataset';
import { CERTAINTY_LABELS } from '../../data/schema/vocabulary';

/**
 * Dataset text is only ever text: the marks Markdown reads as syntax anywhere in a line
 * (emphasis, code, links, images, HTML, entities, headings, tables) are escaped with a
 * backslash, and so is what starts a GFM autolink (`https://`, `www.`, an e-mail's `@`), so
 * that no address in a name or quote becomes a live link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&!@]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(^|[^a-z0-9])(www)\./gi, '$1$2\\.')
    .replace(/\b(mailto|xmpp):/gi, '$1\\:');
}

/** A source's web address as a Markdown autolink when it is a plain http(s) address; else as text. */
function addressOf(url: string): string {
  try {
    const parsed = new URL(url);
    if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && !/[\s<>]/.test(url)) {
      return `<${parsed.href}>`;
    }
  } catch {
    // Not an address: shown as the text it is.
  }
  return inline(url);
}

/** Text for one line: line breaks a name may hold become spaces. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/** As above, and what would start a list or a heading underline at the start of a line. */
function escapeLine(line: string): string {
  return escapeMarkdown(line)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Each line of a quote, as a block quote inside a list item. */
function blockQuote(text: string, indent: string) {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `${indent}> ${escapeLine(line)}`.trimEnd())
    .join('\n');
}

function describeClaim(claim: Claim, dataset: IndexedDataset) {
  const certainty = CERTAINTY_LABELS[claim.certainty].label.toLowerCase();
  if (!claim.date) return `${certainty}; date not stated`;
  const explanation =
    claim.date.precision === 'relative' ? ` (${explainDate(claim.date, dataset)})` : '';
  return `${certainty}; ${formatDate(claim.date)}${explanation}`;
}

/**
 * A citation list in Markdown: each claim as a sentence, with its certainty and date, then
 * every quote that supports it and where it stands in which source.
 */
export function toCitationsMarkdown(
  dataset: IndexedDataset,
  claims: readonly Claim[],
  { view, exportedOn }: { view: string; exportedOn: string },
): string {
  const lines = [
    `# Citations: ${inline(dataset.title)}`,
    '',
    `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} (${inline(view)}), ` +
      `each with the words of the source that support it. Exported from Liaison on ${exportedOn}.`,
    '',
  ];
  claims.forEach((claim, at) => {
    const number = `${at + 1}. `;
    const indent = ' '.repeat(number.length);
    lines.push(`${number}**${inline(claim.sentence)}** — ${inline(describeClaim(claim, dataset))}`);
    for (const evidence of claim.evidence) {
      const source = dataset.sourceById.get(evidence.source);
      // Publisher, title, date, address, then where the quote stands.
      const where = [
        source?.publisher && inline(source.publisher),
        `*${inline(source?.title ?? evidence.source)}*`,
        source?.published && inline(source.published),
        source?.url && addressOf(source.url),
        `characters ${evidence.start}–${evidence.end}`,
      ].filter(Boolean);
      lines.push('', blockQuote(evidence.quote, indent));
      lines.push(`${indent}>`, `${indent}> — ${where.join(', ')}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}
