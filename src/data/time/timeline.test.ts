import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { parseDataset } from '../load/load-dataset';
import { dateSchema } from '../schema/schema';
import {
  calendarPeriod,
  dayNumber,
  isKnownInside,
  parseTimeWindow,
  type Placement,
} from './time-points';
import { placeDate, placeEntity, selectTimeline, toTimePoints } from './timeline';

const dataset = loadBundledDataset();
const entity = (id: string) => dataset.entityById.get(id)!;
const date = (fields: Record<string, unknown>) => dateSchema.parse({ text: 'then', ...fields });

describe('placeDate keeps the precision the source gives', () => {
  it('spans a whole month for a month-precise date', () => {
    expect(placeDate(date({ precision: 'month', year: 2023, month: 6 }), dataset)).toEqual({
      era: 'calendar',
      start: dayNumber(2023, 6, 1),
      end: dayNumber(2023, 6, 30),
    });
    expect(placeDate(date({ precision: 'month', year: 2024, month: 2 }), dataset)).toMatchObject({
      end: dayNumber(2024, 2, 29),
    });
  });

  it('spans a year for a year and one day for a day', () => {
    const year = placeDate(date({ precision: 'year', year: 2023 }), dataset)!;
    expect(year.end - year.start + 1).toBe(365);
    const day = placeDate(date({ precision: 'day', year: 2024, month: 6, day: 19 }), dataset)!;
    expect(day.start).toBe(day.end);
  });

  it('places a date relative to the undated publication in the relative era, by its offset', () => {
    const lastMonth = date({
      precision: 'relative',
      anchor: 'publication',
      unit: 'month',
      offset: -1,
    });
    expect(placeDate(lastMonth, dataset)).toEqual({ era: 'relative', start: -30, end: -30 });
  });

  it('places a date relative to an event by that event: Wednesday, the day before Thursday’s report', () => {
    expect(placeEntity(entity('rodong-sinmun-report'), dataset).placement).toEqual({
      era: 'relative',
      start: 0,
      end: 0,
    });
    expect(placeEntity(entity('arrival-in-pyongyang'), dataset).placement).toEqual({
      era: 'relative',
      start: -1,
      end: -1,
    });
  });

  it('shifts a whole month when the anchor is month-precise', () => {
    const afterSigning = date({
      precision: 'relative',
      anchor: 'treaty-signing',
      unit: 'day',
      offset: 10,
    });
    expect(placeDate(afterSigning, dataset)).toEqual({
      era: 'calendar',
      start: dayNumber(2023, 6, 11),
      end: dayNumber(2023, 7, 10),
    });
  });

  it('leaves a date hanging on an unknown or undated anchor unplaced', () => {
    const onUnknown = date({ precision: 'relative', anchor: 'nobody', unit: 'day', offset: 1 });
    expect(placeDate(onUnknown, dataset)).toBeNull();
    const onUndated = date({
      precision: 'relative',
      anchor: 'wreath-laying-at-liberation-tower',
      unit: 'day',
      offset: 1,
    });
    expect(placeDate(onUndated, dataset)).toBeNull();
  });
});

describe('placeEntity', () => {
  it('places an undated event during the dated event it is part of, and says so', () => {
    const ceremony = placeEntity(entity('patriot-park-ceremony'), dataset);
    expect(ceremony.date).toBeUndefined();
    expect(ceremony.during?.id).toBe('north-korean-delegation-visit-to-russia');
    expect(ceremony.placement).toEqual({ era: 'relative', start: -30, end: -30 });
  });

  it('leaves an undated event unplaced when what it is part of is undated too', () => {
    expect(placeEntity(entity('wreath-laying-at-liberation-tower'), dataset)).toEqual({
      placement: null,
    });
  });

  it('terminates on events that are part of each other', () => {
    const evidence = [{ source: 's', start: 0, end: 1, quote: 'A' }];
    const event = (id: string) => ({
      id,
      type: 'event',
      kind: 'other',
      certainty: 'stated',
      name: id,
      summary: id,
      evidence,
    });
    const part = (source: string, target: string) => ({
      id: `${source}-in-${target}`,
      type: 'part-of',
      source,
      target,
      certainty: 'stated',
      evidence,
    });
    const looped = parseDataset(
      {
        schemaVersion: 1,
        title: 'Loop',
        sources: [{ id: 's', title: 'S', text: 'A loop.' }],
        entities: [event('ping'), event('pong')],
        relationships: [part('ping', 'pong'), part('pong', 'ping')],
      },
      'loop',
    );
    expect(placeEntity(looped.entityById.get('ping')!, looped).placement).toBeNull();
  });
});

describe('selectTimeline on the bundled dataset', () => {
  const timeline = selectTimeline(dataset);
  const slotOf = (id: string) =>
    timeline.slots.findIndex((slot) => slot.events.some((event) => event.entity.id === id));

  it('orders the events as the source implies', () => {
    const order = [
      'treaty-signing',
      'deployment-of-north-korean-personnel-to-russia',
      'defence-ministers-meeting',
      'arrival-in-pyongyang',
      'rodong-sinmun-report',
    ].map(slotOf);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(slotOf('patriot-park-ceremony')).toBe(slotOf('defence-ministers-meeting'));
  });

  it('keeps a slot’s events in source order and gives it the bounds a window takes', () => {
    const lastMonth = timeline.slots[2]!;
    expect(lastMonth.events.map((event) => event.entity.id)).toEqual([
      'north-korean-delegation-visit-to-russia',
      'defence-ministers-meeting',
      'patriot-park-ceremony',
    ]);
    expect(lastMonth.from).toEqual({ era: 'relative', offset: -1, unit: 'month' });
    expect(timeline.slots[0]!.from).toEqual({ era: 'calendar', year: 2023, month: 6 });
  });

  it('lists undated events apart, in the order the source mentions them', () => {
    const undated = timeline.undated.map((event) => event.entity);
    expect(undated.map((event) => event.id)).toEqual([
      'russian-delegation-visit-to-north-korea',
      'wreath-laying-at-liberation-tower',
      'liberation-of-korea',
      'meeting-of-military-political-bodies',
      'conflict-in-ukraine',
      'russia-north-korea-military-exchanges',
    ]);
    const starts = undated.map((event) => event.evidence[0]!.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('windows', () => {
  const june: Placement = calendarPeriod(2023, 6);
  const inside = (text: string, placement: Placement | null) =>
    isKnownInside(placement, parseTimeWindow(text)!);

  it('keeps a month only when the whole month is inside', () => {
    expect(inside('2023-06..2023-06', june)).toBe(true);
    expect(inside('2023..', june)).toBe(true);
    expect(inside('2023-06-15..2023-12', june)).toBe(false);
    expect(inside('..2023-06-29', june)).toBe(false);
  });

  it('puts relative dates after every calendar date, and undated things nowhere', () => {
    const lastMonth: Placement = { era: 'relative', start: -30, end: -30 };
    expect(inside('2023-10..pub-1m', lastMonth)).toBe(true);
    expect(inside('2023..2099', lastMonth)).toBe(false);
    expect(inside('pub-1d..', lastMonth)).toBe(false);
    expect(inside('..pub', null)).toBe(false);
  });

  it('gives bounds that hold a placement exactly', () => {
    for (const placement of [june, calendarPeriod(2023), calendarPeriod(2024, 6, 19)]) {
      const { from, to } = toTimePoints(placement);
      expect(isKnownInside(placement, { from, to })).toBe(true);
    }
    expect(toTimePoints({ era: 'relative', start: -14, end: -1 })).toEqual({
      from: { era: 'relative', offset: -2, unit: 'week' },
      to: { era: 'relative', offset: -1, unit: 'day' },
    });
  });
});
