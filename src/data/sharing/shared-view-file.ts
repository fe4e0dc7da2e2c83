import { DATASET_KEY, datasetIdFromSearch } from '../load/dataset-id';
import type { DatasetProblem } from '../schema/problems';
import { sharedFileText, type SharedFile } from './shared-file';

/**
 * "Save as file": a `.liaison.json` that holds a dataset file, byte for byte, and the view it
 * was saved from, for a dataset too large for a link. Opening it opens the dataset (under the
 * same id as where it was saved) and goes to the view.
 */
export const SHARED_VIEW_KIND = 'liaison-shared-view';
export const SHARED_VIEW_EXTENSION = 'liaison.json';
const SHARED_VIEW_VERSION = 1;

export interface SharedView {
  /** Path and query of the view, on this origin: `/entity/x?dataset=…`. */
  view: string;
  file: SharedFile;
}

export function toSharedViewFile({ view, file }: SharedView): string {
  const content = {
    liaison: SHARED_VIEW_KIND,
    version: SHARED_VIEW_VERSION,
    view,
    file: { name: file.name, text: sharedFileText(file.bytes) },
  };
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** Whether a file's start is a shared view's: its first key says so. */
export function isSharedViewFile(head: string): boolean {
  return new RegExp(`^\\uFEFF?\\s*\\{\\s*"liaison"\\s*:\\s*"${SHARED_VIEW_KIND}"`).test(head);
}

/** A view path of this app: starts with one slash, names no other origin. */
function isViewPath(view: unknown): view is string {
  if (typeof view !== 'string' || !/^\/(?![/\\])/.test(view)) return false;
  const base = 'https://liaison.invalid';
  return new URL(view, base).origin === base;
}

/** The view and file a shared-view file holds; a message saying what is wrong when it cannot be read. */
export function parseSharedViewFile(text: string): SharedView | { problem: string } {
  let content: unknown;
  try {
    content = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message})` };
  }
  const { version, view, file } = (content ?? {}) as Record<string, unknown>;
  if (version !== SHARED_VIEW_VERSION) {
    return {
      problem: `it was saved by another version of Liaison (format ${String(version)}; this one reads ${SHARED_VIEW_VERSION})`,
    };
  }
  const { name, text: fileText } = (file ?? {}) as Record<string, unknown>;
  if (!isViewPath(view) || typeof name !== 'string' || typeof fileText !== 'string') {
    return { problem: 'it lacks the view or the dataset it should hold' };
  }
  return { view, file: { name, bytes: new TextEncoder().encode(fileText) } };
}

/** The view, pointed at the dataset as this browser opened it. */
export function viewForDataset(view: string, datasetId: string): string {
  const url = new URL(view, 'https://liaison.invalid');
  url.hash = '';
  if (datasetIdFromSearch(url.search) !== datasetId) url.searchParams.set(DATASET_KEY, datasetId);
  return `${url.pathname}${url.search}`;
}

/**
 * A file the user opened, with the dataset file and view it holds when it is a shared view;
 * any other file as it is, with no view.
 */
export async function unwrapSharedView(
  file: File,
): Promise<{ file: File; view: string | null } | { problems: DatasetProblem[] }> {
  if (!isSharedViewFile(await file.slice(0, 256).text())) return { file, view: null };
  const shared = parseSharedViewFile(await file.text());
  if ('problem' in shared) {
    return {
      problems: [
        { path: '(the file)', expected: 'a view saved by Liaison', found: shared.problem },
      ],
    };
  }
  return { file: new File([shared.file.bytes], shared.file.name), view: shared.view };
}
