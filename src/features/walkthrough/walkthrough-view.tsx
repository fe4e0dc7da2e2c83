import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { EntityLink } from '../../components/entity-link';
import { PanelHeading } from '../../components/panel-heading';
import { RelationshipSentence } from '../../components/relationship-sentence';
import type { Source } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { deriveWalkthrough, selectStoryStep } from '../../data/model/walkthrough';
import { useViewState } from '../../url/use-view-state';
import { useStepKeys } from './use-step-keys';
import './walkthrough.css';

/**
 * The source read paragraph by paragraph: the current one highlighted, what it adds listed,
 * and the graph drawing what the story has told so far (see `selectStory`).
 */
export function WalkthroughView({ source }: { source: Source }) {
  const dataset = useDataset();
  const { state, go, hrefFor } = useViewState();
  const walkthrough = useMemo(() => deriveWalkthrough(dataset, source.id), [dataset, source.id]);
  const count = walkthrough.paragraphs.length;
  // The URL changes a moment after a step; until it does, the step shown is the one asked
  // for, so a second key press steps on from there.
  const [asked, setAsked] = useState<{ from: number; step: number } | null>(null);
  if (asked && asked.from !== state.step) setAsked(null);
  const step = Math.min(asked && asked.from === state.step ? asked.step : state.step, count);
  const added = useMemo(() => selectStoryStep(walkthrough, step).added, [walkthrough, step]);
  const goTo = (next: number) => {
    if (next < 1 || next > count) return;
    setAsked({ from: state.step, step: next });
    go({ step: next });
  };
  useStepKeys(
    () => goTo(step - 1),
    () => goTo(step + 1),
  );

  const currentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = currentRef.current;
    if (mark && !isReadableWhereItIs(mark)) mark.scrollIntoView({ block: 'start' });
  }, [step]);

  const newEntities = dataset.entities.filter((entity) => added.has(entity.id));
  const newRelationships = dataset.relationships.filter((item) => added.has(item.id));
  return (
    <article className="details walkthrough" aria-labelledby="details-heading">
      <p className="eyebrow">Walkthrough in reading order</p>
      <PanelHeading>
        <bdi>{source.title}</bdi>
      </PanelHeading>
      <nav className="walkthrough-steps" aria-label="Paragraphs">
        <button type="button" onClick={() => goTo(step - 1)} aria-disabled={step <= 1}>
          ← Previous
        </button>
        <p className="walkthrough-position" role="status">
          Paragraph {step} of {count}
        </p>
        <button type="button" onClick={() => goTo(step + 1)} aria-disabled={step >= count}>
          Next →
        </button>
      </nav>
      <p className="walkthrough-hint">
        ← and → step through the paragraphs. The graph draws what the story has told so far; what
        this paragraph adds is emphasised.{' '}
        <Link to={hrefFor({ page: { kind: 'source', id: source.id } })}>Read the whole source</Link>
      </p>
      <section className="walkthrough-text" aria-label="The source, paragraph by paragraph">
        {walkthrough.paragraphs.map((paragraph) => {
          const text = <bdi>{source.text.slice(paragraph.start, paragraph.end)}</bdi>;
          const place =
            paragraph.number < step ? 'is-told' : paragraph.number > step ? 'is-ahead' : '';
          return paragraph.number === step ? (
            <p key={paragraph.number} className="walkthrough-paragraph is-current">
              <mark ref={currentRef} aria-current="step">
                {text}
              </mark>
            </p>
          ) : (
            <p key={paragraph.number} className={`walkthrough-paragraph ${place}`}>
              <button
                type="button"
                className="walkthrough-jump"
                onClick={() => goTo(paragraph.number)}
                aria-label={`Go to paragraph ${paragraph.number}`}
              >
                {paragraph.number}
              </button>{' '}
              {text}
            </p>
          );
        })}
      </section>
      <section className="walkthrough-added" aria-labelledby="walkthrough-added-heading">
        <h2 id="walkthrough-added-heading">
          New in paragraph {step}: {newEntities.length} entities, {newRelationships.length}{' '}
          relationships
        </h2>
        {newEntities.length > 0 && (
          <ul className="plain-list walkthrough-entities">
            {newEntities.map((entity) => (
              <li key={entity.id}>
                <EntityLink id={entity.id} />
              </li>
            ))}
          </ul>
        )}
        {newRelationships.length > 0 && (
          <details className="entity-group">
            <summary>The {newRelationships.length} new relationships</summary>
            <ul className="plain-list">
              {newRelationships.map((relationship) => (
                <li key={relationship.id}>
                  <RelationshipSentence relationship={relationship} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </article>
  );
}

/** True when the start of an element shows in the panel (on a phone, in the window). */
/**
 * Whether the paragraph reads well where it is: it starts below the sticky steps, and either all
 * of it is in view or it starts in the upper half. Otherwise it is scrolled to the top, so that a
 * paragraph is not left peeking in at the bottom edge (as it did on a phone).
 */
function isReadableWhereItIs(element: HTMLElement) {
  const panel = element.closest('.panel')?.getBoundingClientRect();
  const top = Math.max(panel?.top ?? 0, 0);
  const bottom = Math.min(panel?.bottom ?? window.innerHeight, window.innerHeight);
  const { top: start, bottom: end } = element.getBoundingClientRect();
  const belowSteps = start > top + 64;
  return belowSteps && (end <= bottom || start < (top + bottom) / 2);
}
