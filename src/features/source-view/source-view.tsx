import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Notes } from '../../components/notes';
import type { Citation } from '../../data/indexed-dataset';
import type { Source } from '../../data/schema';
import { useDataset } from '../../data/use-dataset';
import { useViewState } from '../../url/use-view-state';
import { CitationList } from './citation-list';
import { toSegments, type Segment } from './segments';
import { PanelHeading } from '../../components/panel-heading';

/** The source text with every evidence span highlighted; a highlight opens what it supports. */
export function SourceView({ source }: { source: Source }) {
  const dataset = useDataset();
  const { state, go, hrefFor } = useViewState();
  const citations = useMemo(
    () => dataset.citationsBySource.get(source.id) ?? [],
    [dataset, source.id],
  );
  const passageCount = useMemo(
    () => new Set(citations.map(({ evidence }) => `${evidence.start}-${evidence.end}`)).size,
    [citations],
  );
  const segments = useMemo(() => toSegments(source.text, citations), [source.text, citations]);
  const [chosen, setChosen] = useState<Segment | null>(null);
  const activeRef = useRef<HTMLElement | null>(null);
  const span = state.span;

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'center' });
  }, [span]);

  // The list of facts opens above the text: take the reader there.
  const chosenRef = useRef<HTMLElement>(null);
  useEffect(() => {
    chosenRef.current?.focus();
  }, [chosen]);

  const open = (citation: Citation) =>
    go({ page: { kind: citation.owner.kind, id: citation.owner.id } });
  const choose = (segment: Segment) => {
    const owners = new Set(segment.citations.map((citation) => citation.owner.id));
    if (owners.size === 1) open(segment.citations[0]!);
    else setChosen(segment);
  };
  const spanCitations = span
    ? citations.filter(
        (item) => item.evidence.start === span.start && item.evidence.end === span.end,
      )
    : [];
  const isInSpan = (segment: Segment) =>
    !!span &&
    segment.citations.length > 0 &&
    segment.start >= span.start &&
    segment.end <= span.end;
  const firstActive = segments.find(isInSpan);

  return (
    <article className="details source-view" aria-labelledby="details-heading">
      <p className="eyebrow">Source</p>
      <PanelHeading>{source.title}</PanelHeading>
      <p className="source-meta">
        {source.publisher ?? 'Publisher not named'} · {source.published ?? 'Undated'} ·{' '}
        {passageCount} passages quoted
      </p>
      <Notes notes={source.notes} />
      {span && (
        <section className="citation-box" aria-label="Highlighted passage">
          <p>
            <strong>Highlighted:</strong>{' '}
            <q>
              <bdi>{source.text.slice(span.start, span.end)}</bdi>
            </q>
          </p>
          <CitationList citations={spanCitations} heading="Cited as evidence for" />
          <Link to={hrefFor({ span: null })}>Clear highlight</Link>
        </section>
      )}
      {chosen && (
        <section className="citation-box" aria-label="Chosen passage" tabIndex={-1} ref={chosenRef}>
          <p>
            <q>
              <bdi>{chosen.text}</bdi>
            </q>
          </p>
          <CitationList citations={chosen.citations} heading="This passage supports" />
          <button type="button" onClick={() => setChosen(null)}>
            Close
          </button>
        </section>
      )}
      <p className="legend-line">
        Highlighted text is evidence; the darker, the more facts rest on it. Choose a highlight to
        open what it supports.
      </p>
      <div className="source-text">
        {segments.map((segment) => {
          if (segment.citations.length === 0)
            return <span key={segment.start}>{segment.text}</span>;
          const isActive = isInSpan(segment);
          const ref = segment === firstActive ? activeRef : undefined;
          return (
            // A mark acting as a button, not a <button>: a button wraps as a box, and the
            // highlights must flow with the text.
            <mark
              key={segment.start}
              ref={ref}
              role="button"
              tabIndex={0}
              aria-current={isActive ? 'true' : undefined}
              className={`evidence-mark level-${Math.min(segment.citations.length, 3)}${isActive ? ' is-active' : ''}`}
              title={`Evidence for ${segment.citations.length} fact${segment.citations.length > 1 ? 's' : ''}`}
              onClick={() => choose(segment)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                choose(segment);
              }}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
    </article>
  );
}
