import { Fragment, useMemo, useState, type Ref } from 'react';
import { groupBy } from '../../lib/group-by';
import { describeSpan, type EvidenceSpan } from '../../text/evidence-spans';
import { toSegments, type Range, type Segment } from '../../text/segments';
import { KindIcon, linesStyle } from './span-parts';

/**
 * The source text: every evidence span underlined on a lane of its own, so
 * overlapping spans stay apart; a mark at each span's start (one tab stop per
 * span) opens what it supports; the current span is one solid highlight.
 */
export function SourceText({
  text,
  spans,
  current,
  currentRef,
  onChooseSpan,
  onChooseSegment,
}: {
  text: string;
  spans: readonly EvidenceSpan[];
  current: Range | null;
  currentRef: Ref<HTMLElement>;
  onChooseSpan: (span: EvidenceSpan) => void;
  onChooseSegment: (segment: Segment<EvidenceSpan>) => void;
}) {
  const segments = useMemo(
    () => toSegments(text, spans, current ? [current.start, current.end] : []),
    [text, spans, current],
  );
  const startingAt = useMemo(() => groupBy(spans, (span) => span.start), [spans]);
  const [lit, setLit] = useState<EvidenceSpan | null>(null);

  const marker = (span: EvidenceSpan) => {
    const label = `${describeSpan(span)}: “${span.quote}”`;
    return (
      <button
        key={`${span.start}-${span.end}`}
        type="button"
        className="span-marker"
        aria-label={label}
        title={label}
        onClick={() => onChooseSpan(span)}
        onFocus={() => setLit(span)}
        onBlur={() => setLit(null)}
        onMouseEnter={() => setLit(span)}
        onMouseLeave={() => setLit(null)}
      >
        <KindIcon kind={span.kind} />
      </button>
    );
  };

  const piece = (segment: Segment<EvidenceSpan>) => (
    <Fragment key={segment.start}>
      {(startingAt.get(segment.start) ?? []).map(marker)}
      {segment.covering.length === 0 ? (
        segment.text
      ) : (
        <mark
          className={`evidence-mark${lit && segment.covering.includes(lit) ? ' is-lit' : ''}`}
          style={linesStyle(segment.covering)}
          onClick={() => onChooseSegment(segment)}
        >
          {segment.text}
        </mark>
      )}
    </Fragment>
  );

  const isInCurrent = (segment: Segment<EvidenceSpan>) =>
    !!current && segment.start >= current.start && segment.end <= current.end;
  const inside = segments.filter(isInCurrent);
  const firstInside = inside[0];
  return (
    <div className="source-text">
      {segments.map((segment) =>
        !isInCurrent(segment) ? (
          piece(segment)
        ) : segment === firstInside ? (
          <mark key="current" ref={currentRef} className="current-span" aria-current="true">
            {inside.map(piece)}
          </mark>
        ) : null,
      )}
    </div>
  );
}
