import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { compareByDate, dateSortKey, explainDate, formatDate } from './dates';
import valid from '../schema/fixtures/valid.json';
import { parseDataset } from '../load/load-dataset';
import type { DateValue } from '../schema/schema';

const dataset = loadBundledDataset();
const REPORT = 'rodong-sinmun-report';
const reportName = dataset.entityById.get(REPORT)!.name;

const year = (y: number): DateValue => ({ precision: 'year', year: y, text: `${y}`, evidence: [] });
const month = (y: number, m: number): DateValue => ({
  precision: 'month',
  year: y,
  month: m,
  text: `${m}/${y}`,
  evidence: [],
});
const day = (y: number, m: number, d: number): DateValue => ({
  precision: 'day',
  year: y,
  month: m,
  day: d,
  text: `${d}/${m}/${y}`,
  evidence: [],
});
const relative = (
  anchor: string,
  offset: number,
  unit: 'day' | 'week' | 'month' | 'year',
  text = 'then',
): DateValue => ({ precision: 'relative', anchor, offset, unit, text, evidence: [] });

describe('formatDate', () => {
  it.each<[DateValue, string]>([
    [year(2023), '2023'],
    [month(2023, 6), 'June 2023'],
    [day(2024, 6, 19), '19 June 2024'],
    [relative('publication', -1, 'month', 'last month'), 'Last month'],
    [relative(REPORT, -1, 'day', 'on Wednesday'), 'Wednesday'],
    [relative('publication', 0, 'week', 'On Thursday'), 'Thursday'],
    [relative('publication', -1, 'year', 'in the spring'), 'The spring'],
  ])('gives only the precision the source gives: %j → %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });
});

describe('explainDate', () => {
  it.each<[DateValue, string]>([
    [year(2023), 'Precise to the year.'],
    [month(2023, 6), 'Precise to the month.'],
    [day(2023, 6, 1), 'Precise to the day.'],
    [
      relative('publication', -1, 'month'),
      'Relative: one month before the publication of the source, which is undated.',
    ],
    [
      relative('publication', 0, 'week'),
      'Relative: the same week as the publication of the source, which is undated.',
    ],
    [relative(REPORT, -1, 'day'), `Relative: one day before ${reportName}.`],
    [relative(REPORT, 3, 'day'), `Relative: 3 days after ${reportName}.`],
    [relative('no-such-event', 2, 'week'), 'Relative: 2 weeks after no-such-event.'],
  ])('explains %j', (date, expected) => {
    expect(explainDate(date, dataset)).toBe(expected);
  });
});

describe('dateSortKey', () => {
  /** The labels of dates, sorted by their keys. */
  function order(dates: Record<string, DateValue | undefined>): string[] {
    const key = (label: string) => dateSortKey(dates[label], dataset);
    return Object.keys(dates)
      .reverse()
      .sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  }

  it('puts absolute dates in calendar order, a month at its middle', () => {
    expect(
      order({
        'year 2022': year(2022),
        '1 Jun 2023': day(2023, 6, 1),
        'Jun 2023': month(2023, 6),
        '20 Jun 2023': day(2023, 6, 20),
        'Jul 2023': month(2023, 7),
        '31 Dec 2023': day(2023, 12, 31),
        '1 Jan 2024': day(2024, 1, 1),
      }),
    ).toEqual([
      'year 2022',
      '1 Jun 2023',
      'Jun 2023',
      '20 Jun 2023',
      'Jul 2023',
      '31 Dec 2023',
      '1 Jan 2024',
    ]);
  });

  it('puts dates relative to the publication after every absolute date, undated last', () => {
    expect(
      order({
        undated: undefined,
        'on Thursday': relative('publication', 0, 'week'),
        'last month': relative('publication', -1, 'month'),
        'the day before': relative('publication', -1, 'day'),
        'year 2999': year(2999),
      }),
    ).toEqual(['year 2999', 'last month', 'the day before', 'on Thursday', 'undated']);
  });

  it('puts a date relative to an event beside that event', () => {
    expect(
      order({
        'month after signing': relative('treaty-signing', 1, 'month'),
        deployment: month(2023, 10),
        signing: month(2023, 6),
        'day before report': relative(REPORT, -1, 'day'),
        report: relative('publication', 0, 'week'),
        'last month': relative('publication', -1, 'month'),
      }),
    ).toEqual([
      'signing',
      'month after signing',
      'deployment',
      'last month',
      'day before report',
      'report',
    ]);
  });

  it('treats an unknown or circular anchor as undated', () => {
    expect(dateSortKey(relative('no-such-event', 1, 'day'), dataset)).toEqual([2, 0]);
    const circular = structuredClone(valid) as { entities: object[] };
    const pairs = [
      ['ping', 'pong'],
      ['pong', 'ping'],
    ] as const;
    for (const [id, anchor] of pairs) {
      const evidence = [{ source: 'tiny-report', start: 0, end: 2, quote: 'On' }];
      const date = relative(anchor, 1, 'day');
      const event = { type: 'event', kind: 'other', certainty: 'stated', summary: id };
      circular.entities.push({ ...event, id, name: id, evidence, date });
    }
    const looped = parseDataset(circular, 'circular');
    // Terminates, and sorts with the undated.
    expect(dateSortKey(relative('ping', 0, 'day'), looped)[0]).toBe(2);
  });
});

describe('compareByDate on the bundled dataset', () => {
  it('orders the events as the article tells them', () => {
    const events = dataset.entities
      .filter((entity) => entity.type === 'event')
      .sort(compareByDate(dataset))
      .map((entity) => entity.id);
    const at = (id: string) => {
      expect(events).toContain(id);
      return events.indexOf(id);
    };
    const signing = at('treaty-signing');
    const deployment = at('deployment-of-north-korean-personnel-to-russia');
    const lastMonth = Math.max(
      at('north-korean-delegation-visit-to-russia'),
      at('defence-ministers-meeting'),
    );
    const arrival = at('arrival-in-pyongyang');
    const report = at(REPORT);
    expect(signing).toBeLessThan(deployment);
    expect(deployment).toBeLessThan(lastMonth);
    expect(lastMonth).toBeLessThan(arrival);
    expect(arrival).toBeLessThan(report);
    // Undated events follow every dated one.
    expect(report).toBeLessThan(at('patriot-park-ceremony'));
  });
});
