import { describe, expect, it } from 'vitest';
import { parseTimeWindow } from '../../data/time/time-points';
import { selectTimeline } from '../../data/time/timeline';
import { loadBundledDataset } from '../../test/bundled-dataset';
import {
  describeBound,
  handleIndexes,
  slotLabel,
  toLanes,
  windowFromHandles,
} from './timeline-scale';

const timeline = selectTimeline(loadBundledDataset());
const last = timeline.slots.length - 1;

describe('the time window handles', () => {
  it('sit at the ends without a window, and leave a side open at its end', () => {
    expect(handleIndexes(timeline, null)).toEqual([0, last]);
    expect(windowFromHandles(timeline, 0, last)).toBeNull();
    expect(windowFromHandles(timeline, 1, last)).toEqual(parseTimeWindow('2023-10..'));
  });

  it('read back the window they make', () => {
    for (let from = 0; from <= last; from++) {
      for (let to = from; to <= last; to++) {
        expect(handleIndexes(timeline, windowFromHandles(timeline, from, to))).toEqual([from, to]);
      }
    }
  });

  it('name their dates as the source does', () => {
    expect(timeline.slots.map(slotLabel)).toEqual([
      'June 2023',
      'October 2023',
      'Last month',
      'Wednesday',
      'Thursday',
    ]);
    expect(describeBound(timeline, parseTimeWindow('pub-2w..')!.from!, 'from')).toBe(
      '2 weeks before the publication',
    );
  });
});

describe('toLanes', () => {
  it('gives each era its own band, a month as wide as its days', () => {
    const lanes = timeline.slots.map((slot) => toLanes(timeline).get(slot)!);
    expect(lanes[0]!.left).toBe(0);
    expect(lanes[1]!.left + lanes[1]!.width).toBeCloseTo(56);
    expect(lanes[2]!.left).toBe(64);
    expect(lanes[0]!.width / lanes[1]!.width).toBeCloseTo(30 / 31);
  });
});
