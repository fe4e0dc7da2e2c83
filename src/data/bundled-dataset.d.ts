/** Made at build by vite.config.ts: the SHA-256 of the bundled dataset the build checked. */
declare module 'virtual:bundled-dataset' {
  export const BUNDLED_DATASET_SHA256: string | null;
}
