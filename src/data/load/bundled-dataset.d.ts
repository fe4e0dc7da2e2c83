/** Made at build by vite.config.ts from the bundled dataset it checked. */
declare module 'virtual:bundled-dataset' {
  /** The SHA-256 of the file the build checked; null when it did not vouch for it. */
  export const BUNDLED_DATASET_SHA256: string | null;
  /** Its default layout, as src/graph/prepared-layouts.ts reads it. */
  export const PREPARED_LAYOUTS: readonly {
    key: string;
    nodeCount: number;
    positions: readonly (readonly [string, number, number])[];
  }[];
}
