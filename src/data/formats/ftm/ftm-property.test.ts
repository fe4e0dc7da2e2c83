import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../../test/arbitraries';
import { validateDataset } from '../../schema/validate-dataset';
import { exportFtm } from './ftm-export';
import { importFtm } from './ftm-import';
import { ftmModel } from './ftm-model';
import { readFtmRecords } from './ftm-read';
import { validateFtm } from './ftm-validate';

const schemaNames = ftmModel.getSchemata().map((schema) => schema.name);
const propertyNames = [...new Set(ftmModel.getProperties().map((property) => property.name))];

/** FtM-shaped lines with any ids, schemata and property names, known or not, and any values. */
const ftmLine = (ids: readonly string[]) =>
  fc.record({
    id: fc.constantFrom(...ids),
    schema: fc.oneof(fc.constantFrom(...schemaNames), anyText),
    properties: fc.dictionary(
      fc.oneof(fc.constantFrom(...propertyNames), anyText),
      fc.array(fc.oneof(fc.constantFrom(...ids), anyText), { maxLength: 3 }),
      { maxKeys: 6 },
    ),
  });

const ftmFile = fc
  .uniqueArray(
    anyText.filter((id) => id.length > 0),
    { minLength: 1, maxLength: 6 },
  )
  .chain((ids) => fc.array(ftmLine(ids), { minLength: 1, maxLength: 12 }));

describe('any FtM file', () => {
  it('imports into a dataset that passes every check, and exports valid FtM, whatever it holds', () => {
    fc.assert(
      fc.property(ftmFile, (lines) => {
        const text = lines.map((line) => JSON.stringify(line)).join('\n');
        const { records, malformed } = readFtmRecords(text);
        const { dataset } = importFtm(records, malformed, ftmModel, { title: 'arbitrary' });
        const checked = validateDataset(dataset);
        expect(checked.problems).toEqual([]);
        // And whatever it imported exports as FtM the model accepts.
        expect(validateFtm(exportFtm(checked.dataset!, ftmModel).entities, ftmModel)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
