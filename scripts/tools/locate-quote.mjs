#!/usr/bin/env node
/**
 * Print evidence offsets for a quote in a source text, counted in UTF-16 code
 * units (as JavaScript strings count), ready to paste into the dataset.
 *
 *   node scripts/tools/locate-quote.mjs "quote" [--within "unique longer span"]
 *        [--source id] [--dataset public/data/liaison.json] [--file text.txt]
 *
 * The text is the dataset source's `text` (the first source unless --source
 * names one), or the file given with --file. --within narrows the search to
 * one occurrence of a longer span, for quotes that occur more than once.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  if (index === -1) return undefined;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const within = option('--within');
const sourceId = option('--source');
const datasetPath = option('--dataset') ?? 'public/data/liaison.json';
const filePath = option('--file');
const [quote] = args;

if (!quote) {
  console.error(
    'usage: node scripts/tools/locate-quote.mjs "quote" [--within span] [--source id] [--file path]',
  );
  process.exit(2);
}

let text;
let source = sourceId ?? 'source';
if (filePath) {
  text = readFileSync(filePath, 'utf8');
} else {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8'));
  const found = sourceId ? dataset.sources.find((s) => s.id === sourceId) : dataset.sources[0];
  if (!found) {
    console.error(`no source ${sourceId} in ${datasetPath}`);
    process.exit(1);
  }
  text = found.text;
  source = found.id;
}

const occurrences = (haystack, needle) => {
  const at = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
};

let base = 0;
if (within !== undefined) {
  const spans = occurrences(text, within);
  if (spans.length !== 1) {
    console.error(`--within span occurs ${spans.length} times; it must occur exactly once`);
    process.exit(1);
  }
  base = spans[0];
}
const scope = within ?? text;
const hits = occurrences(scope, quote).map((i) => i + base);
if (hits.length === 0) {
  console.error('quote not found');
  process.exit(1);
}
if (hits.length > 1) console.error(`quote occurs ${hits.length} times; use --within to pick one`);
for (const start of hits) {
  const end = start + quote.length;
  console.log(JSON.stringify({ source, start, end, quote: text.slice(start, end) }));
}
