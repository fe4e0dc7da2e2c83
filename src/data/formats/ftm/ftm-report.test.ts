import { describe, expect, it } from 'vitest';
import { countOne, createTally, reportNotes, toReport } from './ftm-report';

const tallyOf = (dangling: [string, number][], hiddenValues = 0) => ({
  ...createTally(),
  dangling: new Map(dangling),
  hiddenValues,
});

describe('the import report', () => {
  it('adds the steps’ tallies, each key listed where it was first met', () => {
    const report = toReport(
      [],
      [
        tallyOf([['Ownership.asset', 1]], 2),
        tallyOf(
          [
            ['Passport.holder', 1],
            ['Ownership.asset', 2],
          ],
          3,
        ),
      ],
    );
    expect([...report.dangling]).toEqual([
      ['Ownership.asset', 3],
      ['Passport.holder', 1],
    ]);
    expect(report.hiddenValues).toBe(5);
  });

  it('says nothing of an import that used everything', () => {
    expect(reportNotes(toReport([], [createTally()]))).toEqual([]);
  });

  it('names the first ten malformed records and counts the rest', () => {
    const malformed = Array.from({ length: 12 }, (_, index) => ({
      where: `line ${index + 1}`,
      problem: 'not a JSON object',
    }));
    const [note] = reportNotes(toReport(malformed, []));
    expect(note?.origin).toBe('source');
    expect(note?.text).toMatch(/^Skipped 12 records that could not be read: line 1: not a JSON/);
    expect(note?.text).toContain('line 10: not a JSON object; and 2 more.');
    expect(note?.text).not.toContain('line 11');
  });

  it('lists counts largest first, in words with plurals', () => {
    const tally = createTally();
    countOne(tally.dangling, 'Family.relative');
    countOne(tally.dangling, 'Ownership.asset', 1200);
    countOne(tally.unknownSchemata, 'Cat');
    countOne(tally.unknownProperties, 'Person.colour');
    tally.hiddenValues = 1;
    tally.mergedFragments = 2;
    expect(reportNotes(toReport([], [tally])).map(({ text }) => text)).toEqual([
      'Skipped 1,201 references to entities the file does not contain: Ownership.asset (1,200), Family.relative (1).',
      'Schemata the FollowTheMoney model does not know, kept as "Other" with every property listed: Cat (1).',
      'Properties their schema does not define, kept in the property list: Person.colour (1).',
      'Left out 1 value of properties the model marks hidden (text Aleph derives for its own search, such as indexText).',
      "Merged 2 fragments that repeat an entity's id.",
    ]);
  });
});
