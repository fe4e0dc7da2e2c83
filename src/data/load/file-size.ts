import type { DatasetProblem } from '../schema/problems';

/** The largest file Liaison opens; a bigger one is refused before it is read. */
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

export function checkFileSize(bytes: number): DatasetProblem | null {
  if (bytes <= MAX_DATASET_BYTES) return null;
  return {
    path: '(the file)',
    expected: `at most ${formatBytes(MAX_DATASET_BYTES)}`,
    // Exact, so a file just over the limit does not read as the limit itself.
    found: `${formatBytes(bytes)} (${bytes.toLocaleString('en')} bytes)`,
  };
}
