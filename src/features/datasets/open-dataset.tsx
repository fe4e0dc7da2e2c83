import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { formatBytes, MAX_DATASET_BYTES } from '../../data/load/file-size';
import { DropOverlay } from './drop-overlay';
import { OpenStatus } from './open-status';
import { useOpenFile } from './use-open-file';
import './datasets.css';

interface OpenDatasetApi {
  /** Shows the file picker. */
  chooseFile(): void;
}

const OpenDatasetContext = createContext<OpenDatasetApi | null>(null);

export const SIZE_LIMIT_TEXT = `Liaison datasets (JSON) or FollowTheMoney entities (JSON lines) up to ${formatBytes(MAX_DATASET_BYTES)}`;

/**
 * Everything that opens a dataset file: the one file input, the drop target over the whole
 * app, the progress and the list of problems. `targetFor` says where an opened dataset goes.
 */
export function OpenDatasetProvider({
  targetFor,
  children,
}: {
  targetFor: (datasetId: string) => string | null;
  children: ReactNode;
}) {
  const { state, open, dismiss, cancel } = useOpenFile(targetFor);
  const inputRef = useRef<HTMLInputElement>(null);
  const api = useMemo(() => ({ chooseFile: () => inputRef.current?.click() }), []);
  return (
    <OpenDatasetContext.Provider value={api}>
      {children}
      <input
        ref={inputRef}
        type="file"
        accept=".json,.jsonl,.ijson,.ftm,application/json,application/x-ndjson"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Open a dataset file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again still opens it.
          event.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      <DropOverlay onFile={(file) => void open(file)} />
      <OpenStatus state={state} onDismiss={dismiss} onCancel={cancel} />
    </OpenDatasetContext.Provider>
  );
}

export function useOpenDataset(): OpenDatasetApi {
  const api = useContext(OpenDatasetContext);
  if (!api) throw new Error('useOpenDataset needs an OpenDatasetProvider');
  return api;
}

/** The button that opens a file; the picker's one door besides dropping. */
export function OpenFileButton({ children = 'Open file…' }: { children?: ReactNode }) {
  const { chooseFile } = useOpenDataset();
  return (
    <button type="button" onClick={chooseFile} title={`Open a dataset file: ${SIZE_LIMIT_TEXT}`}>
      {children}
    </button>
  );
}
