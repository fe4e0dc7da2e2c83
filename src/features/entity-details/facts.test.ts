import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { createTinyDataset } from '../../test/tiny-dataset';
import { selectFacts, selectRelatedPeople, type FactGroup } from './facts';

const dataset = loadBundledDataset();
const factsOf = (id: string) => selectFacts(dataset, dataset.entityById.get(id)!);
const group = (groups: FactGroup[], heading: string) =>
  groups.find((found) => found.heading === heading)?.items.map((item) => item.entityId);

describe('selectFacts on the bundled dataset', () => {
  it.each<[entity: string, heading: string, others: string[]]>([
    ['russian-delegation-to-north-korea', 'Led by', ['viktor-goremykin']],
    ['russian-delegation-to-north-korea', 'Received by', ['park-yong-il', 'alexander-matsegora']],
    ['russian-delegation-to-north-korea', 'Sent by', ['main-military-political-directorate']],
    ['russian-delegation-to-north-korea', 'On behalf of', ['russian-ministry-of-defense']],
    ['north-korean-delegation-to-russia', 'Led by', ['no-kwang-chol']],
    ['defence-ministers-meeting', 'Participants', ['no-kwang-chol', 'andrey-belousov']],
    ['defence-ministers-meeting', 'Part of', ['north-korean-delegation-visit-to-russia']],
    ['no-kwang-chol', 'Statements', ['no-kwang-chol-declaration']],
    ['andrey-belousov', 'Statements', ['belousov-characterisation']],
    ['no-kwang-chol-declaration', 'Said by', ['no-kwang-chol']],
    ['north-korean-ministry-of-defence', 'Headed by', ['no-kwang-chol']],
    ['liberation-tower', 'Located in', ['pyongyang']],
  ])('%s: “%s” lists %j', (entity, heading, others) => {
    expect(group(factsOf(entity), heading)).toEqual(others);
  });

  it('gives the role as the detail where the relationship has one', () => {
    const [ledBy] = factsOf('russian-delegation-to-north-korea');
    expect(ledBy).toMatchObject({ heading: 'Led by' });
    expect(ledBy?.items[0]).toMatchObject({
      entityId: 'viktor-goremykin',
      detail: 'head of delegation',
      relationship: { id: 'viktor-goremykin-leads-russian-delegation' },
    });
  });

  it('keeps headings in reading order and leaves out empty ones', () => {
    const headings = factsOf('no-kwang-chol').map((found) => found.heading);
    expect(headings).toEqual(['Leads', 'Events', 'Met', 'Statements']);
  });

  it('lists events by date', () => {
    expect(group(factsOf('russian-delegation-to-north-korea'), 'Events')?.[0]).toBe(
      'arrival-in-pyongyang',
    );
  });
});

describe('selectFacts on a tiny dataset', () => {
  const tiny = createTinyDataset(
    ['alice', 'bob', ['gala', 'event'], ['club', 'organization'], ['met-up', 'event']],
    [
      ['alice', 'attended', 'gala'],
      ['alice', 'met', 'bob'],
      ['alice', 'met', 'met-up'],
      ['alice', 'member-of', 'club'],
    ],
  );

  it('keeps only the entity types a heading asks for', () => {
    const facts = selectFacts(tiny, tiny.entityById.get('alice')!);
    expect(group(facts, 'Met')).toEqual(['bob']);
    expect(group(facts, 'Events')).toEqual(['gala', 'met-up']);
    expect(group(facts, 'Member of')).toEqual(['club']);
  });

  it('gives a type without headings no facts', () => {
    const country = createTinyDataset(
      [['land', 'country'], 'alice'],
      [['alice', 'visited', 'land']],
    );
    expect(selectFacts(country, country.entityById.get('land')!)).toEqual([]);
  });
});

describe('selectRelatedPeople', () => {
  it('finds people who share an event or a delegation, most shared first', () => {
    const related = selectRelatedPeople(dataset, dataset.entityById.get('no-kwang-chol')!);
    expect(related[0]).toEqual({
      personId: 'andrey-belousov',
      sharedIds: expect.arrayContaining(['defence-ministers-meeting', 'patriot-park-ceremony']),
    });
    expect(related.map((item) => item.personId)).not.toContain('no-kwang-chol');
  });

  it('breaks ties by id', () => {
    const related = selectRelatedPeople(dataset, dataset.entityById.get('viktor-goremykin')!);
    expect(related).toEqual([
      { personId: 'alexander-matsegora', sharedIds: ['russian-delegation-to-north-korea'] },
      { personId: 'park-yong-il', sharedIds: ['russian-delegation-to-north-korea'] },
    ]);
  });
});
