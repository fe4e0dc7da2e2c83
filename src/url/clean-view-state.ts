import type { IndexedDataset } from '../data/model/indexed-dataset';
import { currentEntityId } from '../data/model/resolve-entity';
import { toParagraphs } from '../data/model/walkthrough';
import { scopeToPage, type RejectedValue, type ViewState } from './view-state';

/**
 * Drops the parts of a view state that mean nothing on its page (see `scopeToPage`) or
 * name things the dataset does not have. The page itself is left alone: an unknown page
 * id gets a not-found view with suggestions, not a silent redirect.
 */
export function cleanViewState(
  given: ViewState,
  dataset: IndexedDataset,
): { state: ViewState; rejected: RejectedValue[] } {
  const { state, rejected } = scopeToPage(given);
  // A merged-away id stands for the entity it became.
  const knownEntity = (key: string, id: string | null) => {
    const current = id === null ? null : currentEntityId(dataset, id);
    if (id === null || current !== null) return current;
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
        reason: source ? 'outside the source text' : 'no such source',
      });
      span = null;
    }
  }
  const step = cleanStep(state, dataset, rejected);
  return {
    state: {
      ...state,
      step,
      focus:
        state.focus && focusId
          ? focusId === state.focus.id
            ? state.focus
            : { ...state.focus, id: focusId }
          : null,
      pathFrom: knownEntity('from', state.pathFrom),
      pathTo: knownEntity('to', state.pathTo),
      span,
    },
    rejected,
  };
}

/** A step means a paragraph of the source a walkthrough reads. */
function cleanStep(state: ViewState, dataset: IndexedDataset, rejected: RejectedValue[]): number {
  if (state.step === 1 || state.page.kind !== 'walkthrough') return 1;
  const value = String(state.step);
  const source = dataset.sourceById.get(state.page.id);
  const count = source ? toParagraphs(source.text).length : 0;
  if (state.step <= count) return state.step;
  // A source that does not exist gets a not-found view; its step says nothing more.
  if (source) rejected.push({ key: 'step', value, reason: `the source has ${count} paragraphs` });
  return 1;
}
