import { FormatPointer, ProblemsTable } from '../../components/problems-table';
import type { OpenStage } from '../../data/load/open-file';
import { ModalDialog } from '../../components/modal-dialog';
import type { OpenState } from './use-open-file';

const STAGE_TEXT: Record<OpenStage, string> = {
  reading: 'Reading',
  converting: 'Reading entities',
  checking: 'Checking',
  indexing: 'Indexing',
};

/** Progress while a file opens; every problem, in a dialog, when it cannot be opened. */
export function OpenStatus({ state, onDismiss }: { state: OpenState; onDismiss: () => void }) {
  return (
    <>
      <div className="open-status" role="status" data-open-state={state.kind}>
        {state.kind === 'working' && (
          <>
            <span>
              Opening <strong>{state.fileName}</strong>: {STAGE_TEXT[state.progress.stage]}
              {state.progress.fraction !== null && ` ${Math.round(state.progress.fraction * 100)}%`}
              …
            </span>
            <progress
              aria-label={`Opening ${state.fileName}`}
              max={1}
              value={state.progress.fraction ?? undefined}
            />
          </>
        )}
      </div>
      <ProblemsDialog state={state} onClose={onDismiss} />
    </>
  );
}

function ProblemsDialog({ state, onClose }: { state: OpenState; onClose: () => void }) {
  return (
    <ModalDialog
      isOpen={state.kind === 'failed'}
      onClose={onClose}
      labelledBy="open-problems-heading"
      className="app-dialog"
    >
      {state.kind === 'failed' && (
        <>
          <h2 id="open-problems-heading">“{state.fileName}” cannot be opened</h2>
          <p>
            It has {state.problems.length} problem{state.problems.length === 1 ? '' : 's'}. Nothing
            was changed: the dataset and view you had are still here. <FormatPointer />
          </p>
          <ProblemsTable problems={state.problems} caption="Problems in the file" />
        </>
      )}
    </ModalDialog>
  );
}
