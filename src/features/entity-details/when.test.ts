import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { DATE_NOT_STATED, selectWhen } from './when';

const dataset = loadBundledDataset();
const events = dataset.entities.filter((entity) => entity.type === 'event');

describe('selectWhen', () => {
  it('gives every event a When row', () => {
    expect(events.filter((event) => selectWhen(event) === undefined)).toEqual([]);
  });

  it('says the date is not stated where the source gives none', () => {
    const undated = events.filter((event) => selectWhen(event) === DATE_NOT_STATED);
    expect(undated.map((event) => event.id)).toContain('wreath-laying-at-liberation-tower');
    expect(undated.every((event) => !event.date)).toBe(true);
    expect(undated).toHaveLength(events.filter((event) => !event.date).length);
  });

  it('shows the date the source gives', () => {
    expect(selectWhen(dataset.entityById.get('arrival-in-pyongyang')!)).toMatchObject({
      precision: 'relative',
      text: 'on Wednesday',
    });
  });

  it('gives other types a When row only when they are dated', () => {
    expect(
      selectWhen(dataset.entityById.get('russian-delegation-to-north-korea')!),
    ).toBeUndefined();
    expect(selectWhen(dataset.entityById.get('north-korean-delegation-to-russia')!)).toMatchObject({
      text: 'last month',
    });
    expect(selectWhen(dataset.entityById.get('park-yong-il')!)).toBeUndefined();
  });
});
