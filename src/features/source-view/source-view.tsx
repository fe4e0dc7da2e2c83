import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Notes } from '../../components/notes';
import { PanelHeading } from '../../components/panel-heading';
import { relationshipTitle } from '../../data/model/describe';
import type { Citation } from '../../data/model/indexed-dataset';
import type { Source } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import { CitationList } from './citation-list';
import {
  toEvidenceSpans,
  type EvidenceSpan,
  type Fact,
  type SpanKind,
} from '../../text/evidence-spans';
import type { Segment } from '../../text/segments';
import { SourceKey } from './source-key';
import { SourceText } from './source-text';

/** Each fact once, in the order met. */
function uniqueFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter(({ owner }) => {
    const key = `${owner.kind}:${owner.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The source text with every evidence span marked by what it supports; a mark opens it. */
export function SourceView({ source }: { source: Source }) {
  const dataset = useDataset();
  const { state, go, hrefFor } = useViewState();
  const spans = useMemo(() => {
    const describe = ({ owner }: Citation): { kind: SpanKind; name: string } => {
      const relationship = dataset.relationshipById.get(owner.id);
      if (owner.kind === 'relationship' && relationship)
        return { kind: 'relationship', name: relationshipTitle(dataset, relationship) };
      const entity = dataset.entityById.get(owner.id);
      return entity
        ? { kind: entity.type, name: entity.name }
        : { kind: 'relationship', name: owner.id };
    };
    return toEvidenceSpans(source.text, dataset.citationsBySource.get(source.id) ?? [], describe);
  }, [dataset, source]);
  const [chosen, setChosen] = useState<{ quote: string; facts: Fact[] } | null>(null);
  const span = state.span;
  const currentSpan =
    span && spans.find((item) => item.start === span.start && item.end === span.end);

  const currentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'center' });
  }, [span]);

  // The list of facts opens above the text: take the reader there.
  const chosenRef = useRef<HTMLElement>(null);
  useEffect(() => {
    chosenRef.current?.focus();
  }, [chosen]);

  const choose = useCallback(
    (quote: string, facts: readonly Fact[]) => {
      const unique = uniqueFacts(facts);
      if (unique.length === 1) go({ page: unique[0]!.owner });
      else setChosen({ quote, facts: unique });
    },
    [go],
  );
  const chooseSpan = useCallback((item: EvidenceSpan) => choose(item.quote, item.facts), [choose]);
  const chooseSegment = useCallback(
    (segment: Segment<EvidenceSpan>) =>
      choose(
        segment.text,
        segment.covering.flatMap((item) => item.facts),
      ),
    [choose],
  );

  return (
    <article className="details source-view" aria-labelledby="details-heading">
      <p className="eyebrow">Source</p>
      <PanelHeading>{source.title}</PanelHeading>
      <p className="source-meta">
        {source.publisher ?? 'Publisher not named'} · {source.published ?? 'Undated'} ·{' '}
        {spans.length} passages quoted ·{' '}
        <Link to={hrefFor({ page: { kind: 'walkthrough', id: source.id } })}>
          Read it paragraph by paragraph
        </Link>
      </p>
      {source.url && (
        <p className="source-meta">
          Web address:{' '}
          {/^https?:\/\//i.test(source.url) ? (
            <a href={source.url} rel="noopener noreferrer">
              <bdi>{source.url}</bdi>
            </a>
          ) : (
            <bdi>{source.url}</bdi>
          )}
        </p>
      )}
      <Notes notes={source.notes} />
      {span && (
        <section className="citation-box" aria-label="Highlighted passage">
          <p>
            <strong>Highlighted:</strong>{' '}
            <q>
              <bdi>{source.text.slice(span.start, span.end)}</bdi>
            </q>
          </p>
          <CitationList facts={currentSpan?.facts ?? []} heading="Cited as evidence for" />
          <Link to={hrefFor({ span: null })}>Clear highlight</Link>
        </section>
      )}
      {chosen && (
        <section className="citation-box" aria-label="Chosen passage" tabIndex={-1} ref={chosenRef}>
          <p>
            <q>
              <bdi>{chosen.quote}</bdi>
            </q>
          </p>
          <CitationList facts={chosen.facts} heading="This passage supports" />
          <button type="button" onClick={() => setChosen(null)}>
            Close
          </button>
        </section>
      )}
      <SourceKey spans={spans} hasCurrent={!!span} />
      <SourceText
        text={source.text}
        spans={spans}
        current={span}
        currentRef={currentRef}
        onChooseSpan={chooseSpan}
        onChooseSegment={chooseSegment}
      />
    </article>
  );
}
