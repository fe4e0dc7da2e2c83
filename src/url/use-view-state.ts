import { replaceEqualDeep } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { IndexedDataset } from '../data/model/indexed-dataset';
import { cleanViewState } from './clean-view-state';
import {
  parseViewState,
  scopeToPage,
  serialiseViewState,
  type RejectedValue,
  type ViewState,
} from './view-state';

export type ViewPatch = Partial<ViewState>;

/**
 * Applies a change to a view state. A change of page leaves behind what only meant something
 * on the old one (a span, a step, the claims table's state), unless the patch sets it itself.
 */
export function patchViewState(state: ViewState, patch: ViewPatch): ViewState {
  const next = { ...state, ...patch };
  return patch.page ? scopeToPage(next, new Set(Object.keys(patch))).state : next;
}

export interface ViewStateApi {
  state: ViewState;
  rejected: readonly RejectedValue[];
  hrefFor(patch: ViewPatch): string;
  /** Changes the view; `replace` for changes not worth a Back step, such as typing. */
  go(patch: ViewPatch, options?: { replace?: boolean }): void;
}

const ViewStateContext = createContext<ViewStateApi | null>(null);

/** Parses the URL once for everything below it. */
export const ViewStateProvider = ViewStateContext.Provider;

/** The view state the URL describes, cleaned against the dataset. */
export function useViewState(): ViewStateApi {
  const api = useContext(ViewStateContext);
  if (!api) throw new Error('useViewState needs a ViewStateProvider (see AppShell)');
  return api;
}

/**
 * The same value as last render wherever it is deeply equal, so that memoised work
 * that depends on part of it (the graph view) runs only when that part changes.
 */
function useStructuralSharing<T>(value: T): T {
  const [previous, setPrevious] = useState(value);
  const shared = replaceEqualDeep(previous, value);
  if (shared !== previous) setPrevious(shared);
  return shared;
}

/** Reads the URL into a view state; AppShell calls it once and provides the result. */
export function useViewStateFromUrl(dataset: IndexedDataset): ViewStateApi {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => {
    const parsed = parseViewState(pathname, search);
    const cleaned = cleanViewState(parsed.state, dataset);
    return { state: cleaned.state, rejected: [...parsed.rejected, ...cleaned.rejected] };
  }, [pathname, search, dataset]);
  const { state, rejected } = useStructuralSharing(parsed);

  const hrefFor = useCallback(
    (patch: ViewPatch) => serialiseViewState(patchViewState(state, patch)),
    [state],
  );
  const go = useCallback(
    (patch: ViewPatch, options?: { replace?: boolean }) => {
      const href = hrefFor(patch);
      if (href !== `${pathname}${search}`) navigate(href, { replace: options?.replace ?? false });
    },
    [hrefFor, navigate, pathname, search],
  );
  return useMemo(() => ({ state, rejected, hrefFor, go }), [state, rejected, hrefFor, go]);
}
