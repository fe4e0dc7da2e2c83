import { readEdges } from './ftm-edges';
import { readEntities } from './ftm-entities';
import { createIdAllocator } from './ftm-ids';
import { mergeFragments } from './ftm-merge';
import type { Model } from './ftm-model';
import type { FtmRecord, MalformedRecord } from './ftm-read';
import { reportNotes, toReport, type FtmImportReport } from './ftm-report';
import { readQuotes } from './ftm-quotes';

export type { FtmImportReport } from './ftm-report';

export interface FtmImportOptions {
  title: string;
  /** Named as the dataset of records that do not name one. */
  dataset?: string;
}

/**
 * Reads FtM records into a Liaison dataset; never throws for a record it cannot use. The steps
 * run in this order because ids are handed out in it: sources, entities, then links.
 */
export function importFtm(
  records: readonly FtmRecord[],
  malformed: readonly MalformedRecord[],
  model: Model,
  options: FtmImportOptions,
): { dataset: unknown; report: FtmImportReport } {
  const allocate = createIdAllocator();
  const { dataset } = options;
  const merge = mergeFragments(records, model);
  const { sources, quotesByFact, consumed } = readQuotes(merge.merged, allocate);
  const things = readEntities(merge.merged, consumed, { model, allocate, quotesByFact, dataset });
  const links = readEdges(merge.merged, { allocate, quotesByFact, dataset, ...things });
  const report = toReport(malformed, [merge.tally, things.tally, links.tally]);
  return {
    dataset: {
      schemaVersion: 1,
      title: options.title,
      notes: reportNotes(report),
      sources,
      entities: things.placed.map(({ entity }) => entity),
      relationships: links.relationships,
    },
    report,
  };
}
