// A valid Liaison dataset of any size, for benchmarks: people, organizations and
// events joined by relationships, each backed by its own sentence of a generated source.
import { writeFileSync } from 'node:fs';

/** A small deterministic generator, so every run measures the same graph. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['person', 'person', 'person', 'organization', 'event', 'place'];
const RELATIONSHIP_TYPES = ['met', 'member-of', 'attended', 'participated-in', 'located-in'];
const CERTAINTIES = ['stated', 'stated', 'reported', 'speculated'];

export function createSyntheticDataset(entityCount, edgesPerEntity = 2, seed = 1) {
  const random = createRandom(seed);
  let text = '';
  const sentence = (words) => {
    const start = text.length;
    text += `${words} `;
    return { source: 'synthetic', start, end: start + words.length, quote: words };
  };
  const entities = Array.from({ length: entityCount }, (_, at) => {
    const type = TYPES[at % TYPES.length];
    const name = `${type[0].toUpperCase()}${type.slice(1)} ${at + 1}`;
    const base = {
      id: `${type}-${at + 1}`,
      type,
      name,
      summary: `${name}, a generated ${type}.`,
      evidence: [sentence(`${name} is a ${type} of the generated record.`)],
    };
    return type === 'event' ? { ...base, kind: 'meeting', certainty: 'stated' } : base;
  });
  const relationships = [];
  for (let at = 0; at < entityCount * edgesPerEntity; at++) {
    const source = entities[Math.floor(random() * entityCount)];
    const target = entities[Math.floor(random() * entityCount)];
    if (source === target) continue;
    const type = RELATIONSHIP_TYPES[Math.floor(random() * RELATIONSHIP_TYPES.length)];
    relationships.push({
      id: `r-${at + 1}`,
      type,
      source: source.id,
      target: target.id,
      certainty: CERTAINTIES[Math.floor(random() * CERTAINTIES.length)],
      evidence: [sentence(`${source.name} ${type.replace(/-/g, ' ')} ${target.name}.`)],
    });
  }
  return {
    schemaVersion: 1,
    title: `Synthetic network of ${entityCount} entities`,
    sources: [{ id: 'synthetic', title: 'Generated record', text }],
    entities,
    relationships,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '1000', out = `synthetic-${count}.json`] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(createSyntheticDataset(Number(count))));
  console.log(`Wrote ${out}`);
}
