import { describe, expect, it } from 'vitest';
import type { Citation } from '../data/model/indexed-dataset';
import { loadBundledDataset } from '../test/bundled-dataset';
import { describeSpan, toEvidenceSpans, type SpanKind } from './evidence-spans';

const TEXT = 'Russia’s Main Directorate greeted Pyongyang';
const OWNERS: Record<string, { kind: SpanKind; name: string }> = {
  russia: { kind: 'country', name: 'Russia' },
  directorate: { kind: 'organization', name: 'Main Directorate' },
  pyongyang: { kind: 'place', name: 'Pyongyang' },
  greeting: { kind: 'relationship', name: 'Main Directorate greeted Pyongyang' },
};

function cite(id: string, start: number, end: number): Citation {
  const kind = OWNERS[id]!.kind === 'relationship' ? 'relationship' : 'entity';
  return {
    evidence: { source: 'text', start, end, quote: TEXT.slice(start, end) },
    owner: { kind, id },
  };
}
const describeCitation = (citation: Citation) => OWNERS[citation.owner.id]!;

describe('toEvidenceSpans', () => {
  const spans = toEvidenceSpans(
    TEXT,
    [
      cite('greeting', 9, 43),
      cite('russia', 0, 25),
      cite('directorate', 0, 25),
      cite('directorate', 0, 25),
      cite('pyongyang', 34, 43),
      cite('greeting', 34, 43),
    ],
    describeCitation,
  );

  it('gives each cited range one span, in text order, each fact once and entities first', () => {
    expect(spans.map((span) => [span.quote, span.facts.map((fact) => fact.owner.id)])).toEqual([
      ['Russia’s Main Directorate', ['russia', 'directorate']],
      ['Main Directorate greeted Pyongyang', ['greeting']],
      ['Pyongyang', ['pyongyang', 'greeting']],
    ]);
  });

  it('draws a span in the kind of the entity it names at greatest length, else as a relationship', () => {
    expect(spans.map((span) => span.kind)).toEqual(['organization', 'relationship', 'place']);
  });

  it('puts overlapping spans on different lanes, the shortest nearest the text', () => {
    expect(spans.map((span) => span.lane)).toEqual([0, 1, 0]);
  });

  it('names what a span supports for a screen reader', () => {
    expect(describeSpan(spans[0]!)).toBe(
      'Evidence for Country Russia and Organization Main Directorate',
    );
    expect(describeSpan(spans[1]!)).toBe('Evidence for 1 relationship');
    expect(describeSpan(spans[2]!)).toBe('Evidence for Place Pyongyang and 1 relationship');
  });
});

describe('toEvidenceSpans on the bundled source', () => {
  const dataset = loadBundledDataset();
  const source = dataset.sources[0]!;
  const citations = dataset.citationsBySource.get(source.id) ?? [];
  const spans = toEvidenceSpans(source.text, citations, ({ owner }) => {
    const entity = dataset.entityById.get(owner.id);
    return entity ? { kind: entity.type, name: entity.name } : { kind: 'relationship', name: '' };
  });

  it('keeps every citation, and no two overlapping spans share a lane', () => {
    const owners = new Set(
      citations.map(
        ({ owner, evidence }) => `${evidence.start}-${evidence.end}:${owner.kind}:${owner.id}`,
      ),
    );
    expect(spans.flatMap((span) => span.facts).length).toBe(owners.size);
    for (const a of spans)
      for (const b of spans)
        if (a !== b && a.start < b.end && b.start < a.end) expect(a.lane).not.toBe(b.lane);
  });

  it('marks a person’s name as a person, whatever else rests on it', () => {
    const span = spans.find(
      (item) => item.quote === 'Viktor Goremykin, Deputy Minister of Defense',
    );
    expect(span?.kind).toBe('person');
    expect(span?.facts.map((fact) => fact.kind)).toEqual(['person', 'relationship']);
  });
});
