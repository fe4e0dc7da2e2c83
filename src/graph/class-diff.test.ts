import { describe, expect, it } from 'vitest';
import { classNamesFor, diffClasses, type GraphClasses } from './class-diff';
import { CLASSES } from './stylesheet';

const none: GraphClasses = {
  hidden: new Set(),
  faded: new Set(),
  emphasised: new Set(),
  path: new Set(),
  selected: null,
  cursor: null,
  prominent: new Set(),
};
const ids = ['a', 'b', 'c', 'ab', 'bc'];
const all = () => ids;
const dimming = { isRestDimmed: true };
const notDimming = { isRestDimmed: false };

describe('classNamesFor', () => {
  it('dims what lies outside an emphasised neighbourhood', () => {
    const classes = { ...none, emphasised: new Set(['a', 'ab', 'b']), selected: 'a' };
    expect(classNamesFor('a', classes, dimming)).toEqual([CLASSES.emphasised, CLASSES.selected]);
    expect(classNamesFor('c', classes, dimming)).toEqual([CLASSES.dimmed]);
  });

  it('leaves the rest as it is when dimming is off', () => {
    const classes = { ...none, emphasised: new Set(['a', 'ab', 'b']), selected: 'a' };
    expect(classNamesFor('c', classes, notDimming)).toEqual([]);
  });
});

describe('diffClasses', () => {
  it('sets every element the first time', () => {
    expect([...diffClasses(null, none, all, dimming).keys()]).toEqual(ids);
  });

  it('touches only the elements whose classes change', () => {
    const before = { ...none, hidden: new Set(['c', 'bc']) };
    const after = { ...none, hidden: new Set(['c']), path: new Set(['a']) };
    expect(diffClasses(before, after, all, dimming)).toEqual(
      new Map([
        ['a', [CLASSES.path]],
        ['bc', []],
      ]),
    );
  });

  it('walks every element only when dimming switches on or off', () => {
    let walked = 0;
    const counting = () => {
      walked++;
      return ids;
    };
    const selected = { ...none, emphasised: new Set(['a', 'ab', 'b']), selected: 'a' };
    expect(diffClasses(none, selected, counting, dimming).size).toBe(ids.length);
    const moved = { ...none, emphasised: new Set(['b', 'bc', 'c']), selected: 'b' };
    const changes = diffClasses(selected, moved, counting, dimming);
    expect(walked).toBe(1);
    expect([...changes.keys()].sort()).toEqual(['a', 'ab', 'b', 'bc', 'c']);
  });

  it('restyles only the neighbourhoods, without walking every element, when dimming is off', () => {
    let walked = 0;
    const counting = () => {
      walked++;
      return ids;
    };
    const selected = { ...none, emphasised: new Set(['a', 'ab', 'b']), selected: 'a' };
    expect(diffClasses(none, selected, counting, notDimming)).toEqual(
      new Map([
        ['a', [CLASSES.emphasised, CLASSES.selected]],
        ['ab', [CLASSES.emphasised]],
        ['b', [CLASSES.emphasised]],
      ]),
    );
    const moved = { ...none, emphasised: new Set(['c', 'bc', 'b']), selected: 'c' };
    const changes = diffClasses(selected, moved, counting, notDimming);
    expect(walked).toBe(0);
    expect([...changes.keys()].sort()).toEqual(['a', 'ab', 'bc', 'c']);
    expect(diffClasses(moved, none, counting, notDimming).size).toBe(3);
    expect(walked).toBe(0);
  });

  it('moves the keyboard cursor without touching anything else', () => {
    const before = { ...none, cursor: 'a' };
    const after = { ...none, cursor: 'b' };
    expect(diffClasses(before, after, all, dimming)).toEqual(
      new Map([
        ['a', []],
        ['b', [CLASSES.cursor]],
      ]),
    );
  });
});
