import { describe, expect, it } from 'vitest';
import { edgePairs, readEdges } from './ftm-edges';
import { readEntities } from './ftm-entities';
import { createIdAllocator } from './ftm-ids';
import { ftmModel } from './ftm-model';
import { mergedOf } from './ftm-test-files';

const people = [
  { id: 'anna', schema: 'Person', properties: { name: ['Anna'] } },
  { id: 'pavel', schema: 'Person', properties: { name: ['Pavel'] } },
  { id: 'acme', schema: 'Company', properties: { name: ['Acme'] } },
];

/** The links of the given records, beside the entities the entities step reads from them. */
const linksOf = (edges: readonly object[]) => {
  const records = mergedOf([...people, ...edges]);
  const allocate = createIdAllocator();
  const quotesByFact = new Map();
  const things = readEntities(records, new Set(), {
    model: ftmModel,
    allocate,
    quotesByFact,
    dataset: 'd',
  });
  return readEdges(records, { allocate, quotesByFact, dataset: 'd', ...things });
};

describe('FtM edges as relationships', () => {
  it('pairs every source with every target', () => {
    expect(edgePairs(['a', 'b'], ['x', undefined])).toEqual([
      ['a', 'x'],
      ['a', undefined],
      ['b', 'x'],
      ['b', undefined],
    ]);
    expect(edgePairs([], ['x'])).toEqual([]);
  });

  it('makes an edge with two owners two links, the second with an id of its own', () => {
    const { relationships } = linksOf([
      {
        id: 'own',
        schema: 'Ownership',
        properties: { owner: ['anna', 'pavel'], asset: ['acme'], startDate: ['2014'], role: ['x'] },
      },
    ]);
    expect(relationships.map(({ id, source, target }) => [id, source, target])).toEqual([
      ['own', 'anna', 'acme'],
      ['own-2', 'pavel', 'acme'],
    ]);
    expect(relationships[1]).toMatchObject({
      type: 'owns',
      role: 'x',
      certainty: 'stated',
      date: { precision: 'year', year: 2014 },
      records: [{ id: 'own', schema: 'Ownership', dataset: 'd' }],
    });
    expect(relationships[1]?.properties).toBeUndefined();
  });

  it('reads Liaison’s own sentence back as the wording and certainty', () => {
    const { relationships } = linksOf([
      {
        id: 'fam',
        schema: 'Family',
        properties: {
          person: ['anna'],
          relative: ['pavel'],
          description: ['Anna is the sister of Pavel (speculated)'],
          summary: ['long ago'],
        },
      },
    ]);
    expect(relationships[0]).toMatchObject({
      type: 'family-of',
      label: 'is the sister of',
      certainty: 'speculated',
      notes: [{ text: 'long ago', origin: 'source' }],
    });
  });

  it('skips and counts an end the file does not contain, and an end not given', () => {
    const { relationships, tally } = linksOf([
      { id: 'o1', schema: 'Ownership', properties: { owner: ['anna'], asset: ['nowhere'] } },
      { id: 'o2', schema: 'Ownership', properties: { owner: ['anna'] } },
    ]);
    expect(relationships).toEqual([]);
    expect(Object.fromEntries(tally.dangling)).toEqual({ 'Ownership.asset': 2 });
  });

  it('links a thing to the entities its properties name, labelled by the property', () => {
    const { relationships, tally } = linksOf([
      { id: 'v', schema: 'Vessel', properties: { name: ['Aurora'], owner: ['acme', 'gone'] } },
    ]);
    expect(relationships).toEqual([
      {
        id: 'v-owner-acme',
        type: 'related-to',
        source: 'v',
        target: 'acme',
        label: 'owner',
        certainty: 'stated',
        evidence: [],
        records: [{ id: 'v', schema: 'Vessel', property: 'owner', dataset: 'd' }],
        notes: [],
      },
    ]);
    expect(Object.fromEntries(tally.dangling)).toEqual({ 'Vessel.owner': 1 });
  });

  it('lists an edge’s other properties, and counts those its schema lacks', () => {
    const { relationships, tally } = linksOf([
      {
        id: 'pay',
        schema: 'Payment',
        properties: { payer: ['acme'], beneficiary: ['anna'], amount: ['10'], colour: ['red'] },
      },
    ]);
    expect(relationships[0]).toMatchObject({
      type: 'paid',
      properties: [
        { name: 'amount', label: 'Amount', values: ['10'] },
        { name: 'colour', label: 'colour', values: ['red'] },
      ],
    });
    expect(Object.fromEntries(tally.unknownProperties)).toEqual({ 'Payment.colour': 1 });
  });
});
