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
    ['russian-delegation-to-north-korea', 'Greeted by', ['park-yong-il', 'alexander-matsegora']],
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
    // Headings say what the relationship means from this side.
    ['alexander-matsegora', 'Ambassador to', ['north-korea']],
    ['alexander-matsegora', 'Represents', ['russia']],
    ['alexander-matsegora', 'Greeted', ['russian-delegation-to-north-korea']],
    ['park-yong-il', 'Greeted', ['russian-delegation-to-north-korea']],
    ['treaty-signing', 'About', ['comprehensive-strategic-partnership-treaty']],
    ['rodong-sinmun-report', 'Reported by', ['rodong-sinmun']],
    [
      'north-korean-delegation-visit-to-russia',
      'Participants',
      ['north-korean-delegation-to-russia'],
    ],
    [
      'north-korean-delegation-visit-to-russia',
      'Statements made',
      ['no-kwang-chol-declaration', 'belousov-characterisation'],
    ],
    [
      'north-korean-delegation-visit-to-russia',
      'Related developments',
      ['russian-delegation-visit-to-north-korea'],
    ],
    [
      'russian-delegation-visit-to-north-korea',
      'Related developments',
      ['north-korean-delegation-visit-to-russia'],
    ],
    ['pyongyang', 'Events here', ['arrival-in-pyongyang']],
    ['pyongyang', 'Arrivals', ['russian-delegation-to-north-korea']],
    ['liberation-tower', 'Events here', ['wreath-laying-at-liberation-tower']],
    ['liberation-tower', 'Wreath laid by', ['russian-delegation-to-north-korea']],
    ['patriot-park', 'Near', ['moscow']],
    ['moscow', 'Near', ['patriot-park']],
    ['belousov-characterisation', 'Echoes', ['no-kwang-chol-declaration']],
    ['andrey-belousov', 'Met', ['no-kwang-chol']],
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
    expect(headings).toEqual(['Leads', 'Events', 'Met', 'Counterpart', 'Statements']);
  });

  it.each<[entity: string, heading: string]>([
    ['park-yong-il', 'Met'],
    ['alexander-matsegora', 'Met'],
    ['treaty-signing', 'Honours and commemorates'],
    ['treaty-signing', 'Honours'],
    ['north-korean-delegation-visit-to-russia', 'Statements'],
    ['liberation-tower', 'Commemorates and honours'],
  ])('%s: nothing under “%s”, which would misread its links', (entity, heading) => {
    expect(group(factsOf(entity), heading)).toBeUndefined();
  });

  it('leaves out a detail that only repeats the heading', () => {
    const honoured = factsOf('russian-delegation-to-north-korea').find(
      (found) => found.heading === 'Honoured',
    );
    expect(honoured?.items).toEqual([
      expect.objectContaining({ entityId: 'fallen-soldiers', detail: undefined }),
    ]);
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

  it('gives an entity whose links no heading asks for no facts', () => {
    const crowd = createTinyDataset(
      [
        ['land', 'country'],
        ['crowd', 'group'],
      ],
      [['crowd', 'visited', 'land']],
    );
    expect(selectFacts(crowd, crowd.entityById.get('crowd')!)).toEqual([]);
    expect(group(selectFacts(crowd, crowd.entityById.get('land')!), 'Visited by')).toEqual([
      'crowd',
    ]);
  });

  it('reads a link that goes both ways from either end', () => {
    const pair = createTinyDataset(['alice', 'bob'], [['alice', 'met', 'bob']]);
    expect(group(selectFacts(pair, pair.entityById.get('alice')!), 'Met')).toEqual(['bob']);
    expect(group(selectFacts(pair, pair.entityById.get('bob')!), 'Met')).toEqual(['alice']);
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
