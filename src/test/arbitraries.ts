import fc from 'fast-check';

/** Words that have broken lookups keyed by outside text before. */
export const PROTOTYPE_WORDS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'prototype',
];

/** Any text, with the words above more often than chance would give them. */
export const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...PROTOTYPE_WORDS),
);
