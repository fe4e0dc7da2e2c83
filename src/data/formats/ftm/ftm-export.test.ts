import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../test/bundled-dataset';
import type { LoadedDataset } from '../../load/load-dataset';
import type { Dataset, DateValue, Entity, EntityType } from '../../schema/schema';
import { exportFtm, toFtmJsonLines } from './ftm-export';
import { ftmModel } from './ftm-model';
import { importText, readFixture } from './ftm-test-files';
import { validateFtm } from './ftm-validate';

const bundled = loadBundledDataset();

/** What a round trip must keep of an entity; types FtM has no schema for come back as the nearest. */
const NEAREST_TYPE: Record<EntityType, EntityType> = {
  person: 'person',
  delegation: 'organization',
  organization: 'organization',
  event: 'event',
  place: 'place',
  country: 'organization',
  document: 'document',
  monument: 'other',
  statement: 'other',
  group: 'organization',
  other: 'other',
};
/** FtM keeps a date's precision and value, not the source's words for it. */
const dateKey = (date: DateValue | undefined) =>
  !date || date.precision === 'relative'
    ? undefined
    : [
        date.precision,
        date.year,
        'month' in date ? date.month : 0,
        'day' in date ? date.day : 0,
      ].join(':');
const entitySummary = (entity: Entity, mapType = false) => ({
  id: entity.id,
  type: mapType ? NEAREST_TYPE[entity.type] : entity.type,
  name: entity.name,
  aliases: [...entity.aliases].sort(),
  summary: entity.summary,
  evidence: entity.evidence,
  date: 'date' in entity ? dateKey(entity.date) : undefined,
});
const relationshipSummaries = (dataset: Dataset) =>
  dataset.relationships.map((relationship) => ({
    id: relationship.id,
    type: relationship.type,
    source: relationship.source,
    target: relationship.target,
    label: relationship.label,
    role: relationship.role,
    certainty: relationship.certainty,
    date: dateKey(relationship.date),
    endDate: dateKey(relationship.endDate),
    properties: relationship.properties,
    evidence: relationship.evidence,
  }));

const roundTrip = (dataset: LoadedDataset) =>
  importText(toFtmJsonLines(exportFtm(dataset, ftmModel).entities), dataset.title).dataset;

describe('exporting to FtM', () => {
  const { entities, report } = exportFtm(bundled, ftmModel);

  it('writes entities the FtM model validates', () => {
    expect(validateFtm(entities, ftmModel)).toEqual([]);
  });

  it('writes every entity and relationship, the source as an article and a note per quote', () => {
    const bySchema = (schema: string) => entities.filter((entity) => entity.schema === schema);
    const quotes =
      bundled.entities.reduce((sum, entity) => sum + entity.evidence.length, 0) +
      bundled.relationships.reduce((sum, relationship) => sum + relationship.evidence.length, 0);
    const article = bySchema('Article');
    expect(article).toHaveLength(1);
    expect(article[0]?.properties['bodyText']).toEqual([bundled.sources[0]?.text]);
    const notes = bySchema('Note').filter(
      (note) => note.properties['proof']?.[0] === article[0]?.id,
    );
    expect(notes).toHaveLength(quotes);
    expect(
      notes.every((note) => note.properties['description']?.[0] && note.properties['entity']?.[0]),
    ).toBe(true);
    const edges = entities.filter((entity) => ftmModel.getSchema(entity.schema).isEdge);
    expect(edges).toHaveLength(bundled.relationships.length);
    expect(entities).toHaveLength(
      1 + bundled.entities.length + bundled.relationships.length + quotes,
    );
    expect(report.relativeDates).toBeGreaterThan(0);
  });

  it('writes an UnknownLink with a description where FtM has no schema for the link', () => {
    const leads = bundled.relationships.find((relationship) => relationship.type === 'leads')!;
    const written = entities.find((entity) => entity.id === leads.id)!;
    expect(written.schema).toBe('UnknownLink');
    expect(written.properties['description']?.[0]).toMatch(/ leads /);
  });

  it('writes only the current view when asked', () => {
    const ids = new Set(bundled.entities.slice(0, 5).map((entity) => entity.id));
    const view = exportFtm(bundled, ftmModel, { entityIds: ids }).entities;
    expect(validateFtm(view, ftmModel)).toEqual([]);
    const things = view.filter(
      (entity) =>
        !['Article', 'Note'].includes(entity.schema) && !ftmModel.getSchema(entity.schema).isEdge,
    );
    expect(things.map((entity) => entity.id).sort()).toEqual([...ids].sort());
  });
});

describe('the round trip: exported FtM imports back as it was', () => {
  it("keeps the bundled dataset's entities, relationships and quotes", () => {
    const back = roundTrip(bundled);
    expect(back.entities.map((entity) => entitySummary(entity))).toEqual(
      bundled.entities.map((entity) => entitySummary(entity, true)),
    );
    expect(relationshipSummaries(back)).toEqual(relationshipSummaries(bundled));
    expect(back.sources.map(({ id, text, title }) => ({ id, text, title }))).toEqual(
      bundled.sources.map(({ id, text, title }) => ({ id, text, title })),
    );
  });

  it.each(['network.ftm.jsonl', 'things.ftm.json'])(
    'keeps %s exactly, and exports it valid',
    (name) => {
      const imported = importText(readFixture(name), name).dataset;
      const exported = exportFtm(imported, ftmModel).entities;
      expect(validateFtm(exported, ftmModel)).toEqual([]);
      const back = roundTrip(imported);
      expect(back.entities).toEqual(imported.entities);
      expect(back.relationships).toEqual(imported.relationships);
    },
  );
});

describe('validating FtM', () => {
  it('names unknown schemata and properties, missing ends, bad dates and dangling ids', () => {
    const problems = validateFtm(
      [
        { id: 'a', schema: 'Cat', properties: {} },
        {
          id: 'b',
          schema: 'Person',
          properties: { name: ['B'], birthDate: ['May 1970'], colour: ['x'] },
        },
        { id: 'c', schema: 'Ownership', properties: { owner: ['b'], asset: ['nowhere'] } },
        { id: 'd', schema: 'Ownership', properties: { owner: ['b'] } },
      ],
      ftmModel,
    );
    expect(problems).toEqual([
      'a (Cat): no concrete schema of that name',
      'b (Person): Property does not exist: colour',
      'b (Person).birthDate: "May 1970" is no FtM date',
      'b (Person): no property colour',
      'c (Ownership).asset: "nowhere" is no entity in the file',
      'd (Ownership): no asset',
    ]);
  });
});
