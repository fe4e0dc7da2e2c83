import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { datasetQuery, storedDatasetsQuery } from '../../queries/dataset-query';
import { toDatasetRef } from '../../data/load/dataset-ref';
import { browserDatasetStore, rememberDataset } from '../../data/load/dataset-store';
import { checkFileSize } from '../../data/load/file-size';
import type { OpenProgress } from '../../data/load/open-file';
import {
  OpenCancelledError,
  parseInWorker,
  toLoadedDataset,
} from '../../data/load/parse-in-worker';
import type { DatasetProblem } from '../../data/schema/problems';
import { announceStoreChange, requestPersistentStorage } from '../../data/load/store-changes';
import { unwrapSharedView, viewForDataset } from '../../data/sharing/shared-view-file';

export type OpenState =
  | { kind: 'idle' }
  | { kind: 'working'; fileName: string; progress: OpenProgress }
  | { kind: 'failed'; fileName: string; problems: readonly DatasetProblem[] };

const IDLE: OpenState = { kind: 'idle' };

/**
 * Opens a dataset file: size check, then parsing in a worker, then the store, then the URL.
 * Until the file passed every check nothing changes, so a bad file leaves the view as it was.
 */
/** `targetFor` says where an opened dataset goes; null: stay where the page is. */
export function useOpenFile(targetFor: (datasetId: string) => string | null) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [state, setState] = useState<OpenState>(IDLE);
  const latest = useRef(0);
  const running = useRef<AbortController | null>(null);

  const open = useCallback(
    async (opened: File) => {
      const ticket = ++latest.current;
      // A second file replaces the first: the first one's worker ends, and nothing of it is kept.
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const isCurrent = () => ticket === latest.current && !controller.signal.aborted;
      const fail = (problems: readonly DatasetProblem[]) => {
        if (isCurrent()) setState({ kind: 'failed', fileName: opened.name, problems });
      };
      const tooBig = checkFileSize(opened.size);
      if (tooBig) return fail([tooBig]);
      // A view saved with its dataset ("Save as file") opens its dataset, then goes to the view.
      const unwrapped = await unwrapSharedView(opened);
      if ('problems' in unwrapped) return fail(unwrapped.problems);
      const { file, view } = unwrapped;
      // Progress comes on a message port of its own, so its last report can arrive after the
      // outcome: once the outcome is in, progress no longer counts.
      let isParsed = false;
      const report = (progress: OpenProgress) => {
        if (isCurrent() && !isParsed) setState({ kind: 'working', fileName: file.name, progress });
      };
      report({ stage: 'reading', fraction: 0 });
      try {
        const outcome = await parseInWorker(file, file.name, report, controller.signal);
        isParsed = true;
        if (!outcome.ok) return fail(outcome.problems);
        const loaded = await toLoadedDataset(outcome.file, file.name);
        if (!isCurrent()) return;
        const { id, digest } = outcome.file;
        const counts = {
          entities: loaded.entities.length,
          relationships: loaded.relationships.length,
        };
        const info = {
          id,
          version: digest,
          title: loaded.title,
          fileName: file.name,
          bytes: file.size,
        };
        await rememberDataset(browserDatasetStore, { ...info, ...counts }, file);
        announceStoreChange();
        void requestPersistentStorage();
        if (!isCurrent()) return;
        queryClient.setQueryData(datasetQuery(toDatasetRef(id)).queryKey, loaded);
        await queryClient.invalidateQueries({ queryKey: storedDatasetsQuery().queryKey });
        setState(IDLE);
        const target = view === null ? targetFor(id) : viewForDataset(view, id);
        if (target !== null) navigate(target);
      } catch (error) {
        if (error instanceof OpenCancelledError) return;
        fail([
          {
            path: '(the file)',
            expected: 'a file this browser can read and keep',
            found: String(error),
          },
        ]);
      }
    },
    [navigate, queryClient, targetFor],
  );

  /** Stops the open in progress: its worker ends, and nothing is stored or shown. */
  const cancel = useCallback(() => {
    latest.current += 1;
    running.current?.abort();
    running.current = null;
    setState(IDLE);
  }, []);

  // Only the problems dialog is dismissed; a file opening since goes on.
  const dismiss = useCallback(
    () => setState((current) => (current.kind === 'failed' ? IDLE : current)),
    [],
  );
  return { state, open, dismiss, cancel };
}
