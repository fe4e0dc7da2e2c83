import type { Note } from '../../schema/schema';
import type { MalformedRecord } from './ftm-read';

/** What one step of the import could not use, counted so the reader can be told how much and where. */
export interface FtmTally {
  /** References to ids the file does not contain, by `Schema.property`. */
  dangling: Map<string, number>;
  /** Schemata the model does not know, by name: their entities are kept as "other". */
  unknownSchemata: Map<string, number>;
  /** Properties their schema does not have, by `Schema.property`: kept in the property list. */
  unknownProperties: Map<string, number>;
  /** Values of properties the model marks hidden (derived text such as indexText). */
  hiddenValues: number;
  /** Records that repeat an id: FtM fragments, merged into one. */
  mergedFragments: number;
  /** Edge records with more source × target pairs than `FTM_FAN_OUT_LIMIT`: the rest are not drawn. */
  cappedFanOut: CappedFanOut[];
}

/**
 * The most links one FtM record becomes. One Ownership listing 1,000 owners and 1,000 assets
 * (80 kB) made a million links, 60 s to open and a 967 MB heap.
 */
export const FTM_FAN_OUT_LIMIT = 1_000;

export interface CappedFanOut {
  /** `Schema id`, as the note names it. */
  record: string;
  sources: number;
  targets: number;
}

/** What an import could not use, so the reader can be told how much and where. */
export interface FtmImportReport extends FtmTally {
  malformed: readonly MalformedRecord[];
}

export const createTally = (): FtmTally => ({
  dangling: new Map(),
  unknownSchemata: new Map(),
  unknownProperties: new Map(),
  hiddenValues: 0,
  mergedFragments: 0,
  cappedFanOut: [],
});

export const countOne = (counts: Map<string, number>, key: string, amount = 1) =>
  counts.set(key, (counts.get(key) ?? 0) + amount);

const addCounts = (into: Map<string, number>, from: ReadonlyMap<string, number>) => {
  for (const [key, amount] of from) countOne(into, key, amount);
};

/** The steps' tallies in the order the steps ran, so each count lists in the order it was met. */
export function toReport(
  malformed: readonly MalformedRecord[],
  tallies: readonly FtmTally[],
): FtmImportReport {
  const report: FtmImportReport = { malformed, ...createTally() };
  for (const tally of tallies) {
    addCounts(report.dangling, tally.dangling);
    addCounts(report.unknownSchemata, tally.unknownSchemata);
    addCounts(report.unknownProperties, tally.unknownProperties);
    report.hiddenValues += tally.hiddenValues;
    report.mergedFragments += tally.mergedFragments;
    report.cappedFanOut.push(...tally.cappedFanOut);
  }
  return report;
}

const plural = (amount: number, word: string) =>
  `${amount.toLocaleString('en')} ${word}${amount === 1 ? '' : 's'}`;

const listCounts = (counts: Map<string, number>) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, amount]) => `${key} (${amount.toLocaleString('en')})`)
    .join(', ');

function malformedNote(malformed: readonly MalformedRecord[]): string {
  const shown = malformed.slice(0, 10).map(({ where, problem }) => `${where}: ${problem}`);
  const more = malformed.length - shown.length;
  return `Skipped ${plural(malformed.length, 'record')} that could not be read: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

function fanOutNote({ record, sources, targets }: CappedFanOut): string {
  const count = (amount: number) => amount.toLocaleString('en');
  const notDrawn = sources * targets - FTM_FAN_OUT_LIMIT;
  return `${plural(notDrawn, 'link')} of record ${record} not drawn: the record links ${count(sources)} × ${count(targets)}, and Liaison draws at most ${count(FTM_FAN_OUT_LIMIT)} links of one record.`;
}

/** The report in words, kept with the dataset so the overview can say what was skipped. */
export function reportNotes(report: FtmImportReport): Note[] {
  const notes: string[] = [];
  if (report.malformed.length > 0) notes.push(malformedNote(report.malformed));
  const dangling = [...report.dangling.values()].reduce((sum, amount) => sum + amount, 0);
  if (dangling > 0) {
    notes.push(
      `Skipped ${plural(dangling, 'reference')} to entities the file does not contain: ${listCounts(report.dangling)}.`,
    );
  }
  if (report.unknownSchemata.size > 0) {
    notes.push(
      `Schemata the FollowTheMoney model does not know, kept as "Other" with every property listed: ${listCounts(report.unknownSchemata)}.`,
    );
  }
  if (report.unknownProperties.size > 0) {
    notes.push(
      `Properties their schema does not define, kept in the property list: ${listCounts(report.unknownProperties)}.`,
    );
  }
  if (report.hiddenValues > 0) {
    notes.push(
      `Left out ${plural(report.hiddenValues, 'value')} of properties the model marks hidden (text Aleph derives for its own search, such as indexText).`,
    );
  }
  for (const capped of report.cappedFanOut.slice(0, 10)) notes.push(fanOutNote(capped));
  if (report.cappedFanOut.length > 10) {
    notes.push(`And ${plural(report.cappedFanOut.length - 10, 'more record')} past that limit.`);
  }
  if (report.mergedFragments > 0) {
    notes.push(`Merged ${plural(report.mergedFragments, 'fragment')} that repeat an entity's id.`);
  }
  return notes.map((text) => ({ text, origin: 'source' as const }));
}
