/**
 * A file format Liaison can open. Opening a file detects its format by content, converts it to
 * Liaison's dataset, then validates that like the bundled dataset: a new format (FollowTheMoney
 * JSON lines, say) is one more entry in the registry (format-registry.ts), with nothing else to change.
 */
export interface DatasetFormat {
  id: string;
  /** How the format is named to people: "a Liaison dataset (JSON)". */
  label: string;
  /** Whether the text looks like this format; cheap, it sees only the start of the file. */
  detect(head: string): boolean;
  /**
   * The file's content as Liaison's dataset, still unvalidated; throws a DatasetError. A format
   * whose reader is loaded only when such a file is opened answers with a promise.
   */
  convert(text: string, location: string, onProgress?: (fraction: number) => void): unknown;
}
