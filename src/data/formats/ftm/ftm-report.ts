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
  if (report.mergedFragments > 0) {
    notes.push(`Merged ${plural(report.mergedFragments, 'fragment')} that repeat an entity's id.`);
  }
  return notes.map((text) => ({ text, origin: 'source' as const }));
}
