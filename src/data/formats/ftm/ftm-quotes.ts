import type { Evidence, Source } from '../../schema/schema';
import { first, type Merged } from './ftm-merge';
import { parseQuoteId } from './ftm-vocabulary';

/** A Note Liaison exported for a quote: its proof is a document with its text, and it points at a fact. */
interface QuoteNote {
  document: Merged;
  factId: string;
  quote: string;
}

export interface FtmQuotes {
  /** The documents the quotes are taken from, as Liaison sources with their text. */
  sources: Source[];
  /** Each quote as evidence, by the FtM id of the fact it supports. */
  quotesByFact: ReadonlyMap<string, Evidence[]>;
  /** The quote notes and their documents: read here, so neither becomes an entity. */
  consumed: ReadonlySet<Merged>;
}

function findQuoteNotes(records: readonly Merged[]): Map<Merged, QuoteNote> {
  const byFtmId = new Map(records.map((record) => [record.id, record]));
  const quoteNotes = new Map<Merged, QuoteNote>();
  for (const record of records) {
    if (record.schemaName !== 'Note') continue;
    const document = byFtmId.get(first(record.properties, 'proof') ?? '');
    const quote = first(record.properties, 'description');
    if (!document || !quote || !first(document.properties, 'bodyText')) continue;
    const factId = parseQuoteId(record.id)?.factId ?? first(record.properties, 'entity');
    if (factId && byFtmId.has(factId)) quoteNotes.set(record, { document, factId, quote });
  }
  return quoteNotes;
}

function toSource(document: Merged, id: string): Source {
  const published = first(document.properties, 'publishedAt');
  const publisher = first(document.properties, 'publisher');
  return {
    id,
    title: first(document.properties, 'title') ?? first(document.properties, 'name') ?? document.id,
    ...(publisher && { publisher }),
    ...(published && { published }),
    language: 'en',
    notes: [],
    text: first(document.properties, 'bodyText') ?? '',
  };
}

/** Where the quote starts in its document's text: at the offsets its id names when they still
 * hold it, else its first occurrence; -1 when the text no longer has it. */
function startOf(note: Merged, { document, quote }: QuoteNote): number {
  const text = first(document.properties, 'bodyText') ?? '';
  const offsets = parseQuoteId(note.id);
  return offsets && text.slice(offsets.start, offsets.end) === quote
    ? offsets.start
    : text.indexOf(quote);
}

/** Quotes Liaison exported become evidence again, and their documents sources. Source ids are
 * allocated first, in the order the documents are first quoted. */
export function readQuotes(
  records: readonly Merged[],
  allocate: (wish: string) => string,
): FtmQuotes {
  const quoteNotes = findQuoteNotes(records);
  const documents = new Set([...quoteNotes.values()].map(({ document }) => document));
  const sourceIds = new Map([...documents].map((document) => [document, allocate(document.id)]));
  const sources = [...sourceIds].map(([document, id]) => toSource(document, id));
  const quotesByFact = new Map<string, Evidence[]>();
  for (const [note, quoteNote] of quoteNotes) {
    const start = startOf(note, quoteNote);
    if (start < 0) continue;
    const { document, factId, quote } = quoteNote;
    const list = quotesByFact.get(factId) ?? [];
    list.push({ source: sourceIds.get(document)!, start, end: start + quote.length, quote });
    quotesByFact.set(factId, list);
  }
  return { sources, quotesByFact, consumed: new Set([...quoteNotes.keys(), ...documents]) };
}
