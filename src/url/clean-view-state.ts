import type { IndexedDataset } from '../data/model/indexed-dataset';
import { toParagraphs } from '../data/model/walkthrough';
import { DEFAULT_VIEW, serialiseViewState, type RejectedValue, type ViewState } from './view-state';

/**
 * Drops the parts of a view state that name things the dataset does not
 * have. The page itself is left alone: an unknown page id gets a not-found
 * view with suggestions, not a silent redirect.
 */
export function cleanViewState(
  state: ViewState,
  dataset: IndexedDataset,
): { state: ViewState; rejected: RejectedValue[] } {
  const rejected: RejectedValue[] = [];
  const knownEntity = (key: string, id: string | null) => {
    if (id === null || dataset.entityById.has(id)) return id;
    rejected.push({ key, value: id, reason: 'no entity has this id' });
    return null;
  };
  const focusId = state.focus && knownEntity('focus', state.focus.id);
  let span = state.span;
  if (span) {
    const source = state.page.kind === 'source' ? dataset.sourceById.get(state.page.id) : undefined;
    if (!source || span.end > source.text.length) {
      rejected.push({
        key: 'span',
        value: `${span.start}-${span.end}`,
        reason: source
          ? 'outside the source text'
          : state.page.kind === 'source'
            ? 'no such source'
            : 'only means something in a source view',
      });
      span = null;
    }
  }
  const step = cleanStep(state, dataset, rejected);
  let claims = state.claims;
  if (state.page.kind !== 'claims') {
    // Each claims-table key the link carried is named as it was written.
    const href = serialiseViewState({ ...DEFAULT_VIEW, claims });
    for (const [key, value] of new URLSearchParams(href.split('?')[1] ?? '')) {
      rejected.push({ key, value, reason: 'only means something in the claims table' });
    }
    claims = DEFAULT_VIEW.claims;
  }
  return {
    state: {
      ...state,
      step,
      focus: state.focus && focusId ? state.focus : null,
      pathFrom: knownEntity('from', state.pathFrom),
      pathTo: knownEntity('to', state.pathTo),
      span,
      claims,
    },
    rejected,
  };
}

/** A step means a paragraph of the source a walkthrough reads. */
function cleanStep(state: ViewState, dataset: IndexedDataset, rejected: RejectedValue[]): number {
  if (state.step === 1) return 1;
  const value = String(state.step);
  if (state.page.kind !== 'walkthrough') {
    rejected.push({ key: 'step', value, reason: 'only means something in a walkthrough' });
    return 1;
  }
  const source = dataset.sourceById.get(state.page.id);
  const count = source ? toParagraphs(source.text).length : 0;
  if (state.step <= count) return state.step;
  // A source that does not exist gets a not-found view; its step says nothing more.
  if (source) rejected.push({ key: 'step', value, reason: `the source has ${count} paragraphs` });
  return 1;
}
