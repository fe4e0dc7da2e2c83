import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy: everything from its own origin, nothing inline, no
 * eval, no plugins, no forms, no <base>. Added at build only: the dev server's hot reload needs
 * an inline script. Style attributes set through the CSSOM (React's `style={}`) are allowed.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'liaison-content-security-policy',
  apply: 'build',
  // Right after the charset: a policy in a meta tag governs only what comes after it.
  transformIndexHtml: (html) =>
    html.replace(
      /<meta charset="UTF-8" \/>/,
      (charset) =>
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    ),
});

const BUNDLED_DATASET_MODULE = 'virtual:bundled-dataset';

/**
 * Checks the bundled dataset at build, with the same schema and integrity checks as the app,
 * and gives the app the SHA-256 of the file it checked: served unchanged, the page need not
 * check it again (src/data/load/load-bundled-dataset.ts). A file that fails, or that validation would
 * change (defaults filled in, keys put in the schema's order), gets no digest, so the page checks it and names its problems.
 * The dataset's default layout is computed here too, as the page would compute it, and used
 * by the page only for exactly the graph it was computed for (src/graph/prepared-layouts.ts).
 * The development server prepares nothing: it checks and lays out on every load.
 * docs/decisions/0008-start-up.md.
 */
const bundledDataset = (): Plugin => {
  let facts = { sha256: null as string | null, layouts: [] as unknown[] };
  return {
    name: 'liaison-bundled-dataset',
    async buildStart() {
      if (this.environment.config.command !== 'build') return;
      const bytes = readFileSync('public/data/liaison.json');
      const [{ module: validation }, { module: layouts }, { module: text }, { module: hash }] =
        await Promise.all([
          runnerImport<typeof import('./src/data/schema/validate-dataset')>(
            './src/data/schema/validate-dataset.ts',
          ),
          runnerImport<typeof import('./src/graph/prepare-layouts')>(
            './src/graph/prepare-layouts.ts',
          ),
          // The page's own ways to read the file and hash it, so both agree on its bytes.
          runnerImport<typeof import('./src/data/load/json-text')>('./src/data/load/json-text.ts'),
          runnerImport<typeof import('./src/lib/sha256')>('./src/lib/sha256.ts'),
        ]);
      const location = 'public/data/liaison.json';
      const input = text.parseJson(text.decodeUtf8(bytes, location), location);
      const { dataset, problems } = validation.validateDataset(input);
      // Equal as text, key order included: the page then reads exactly what validation would
      // give, so what it exports is the same whichever way the file came in.
      if (dataset && JSON.stringify(dataset) === JSON.stringify(input)) {
        facts = {
          sha256: await hash.sha256Hex(bytes),
          layouts: layouts.prepareLayouts(dataset),
        };
      } else {
        this.warn(
          `public/data/liaison.json: ${problems.length} problems, or defaults to fill in; the page will check it on every load.`,
        );
      }
    },
    resolveId: (id) => (id === BUNDLED_DATASET_MODULE ? `\0${BUNDLED_DATASET_MODULE}` : undefined),
    load: (id) =>
      id === `\0${BUNDLED_DATASET_MODULE}`
        ? [
            `export const BUNDLED_DATASET_SHA256 = ${JSON.stringify(facts.sha256)};`,
            `export const PREPARED_LAYOUTS = ${JSON.stringify(facts.layouts)};`,
          ].join('\n')
        : undefined,
  };
};

const LAYOUT_WORKER_MODULE = 'virtual:layout-worker-url';

/**
 * The layout worker's URL. At build the worker is a chunk of the app's own build, not a bundle
 * of its own (as `new Worker(new URL(…))` would make it): it imports the same Cytoscape and
 * fcose chunk the graph uses, which a page that has drawn a graph already holds, instead of a
 * second copy (171 kB gzip). docs/decisions/0008-start-up.md.
 */
const layoutWorkerUrl = (): Plugin => {
  let isBuild = false;
  return {
    name: 'liaison-layout-worker-url',
    configResolved: (config) => {
      isBuild = config.command === 'build';
    },
    resolveId: (id) => (id === LAYOUT_WORKER_MODULE ? `\0${LAYOUT_WORKER_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${LAYOUT_WORKER_MODULE}`) return undefined;
      if (!isBuild) return `export default '/src/graph/layout-worker.ts';`;
      const reference = this.emitFile({
        type: 'chunk',
        id: '/src/graph/layout-worker.ts',
        name: 'layout-worker',
      });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
};

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    bundledDataset(),
    layoutWorkerUrl(),
    VitePWA({
      // A file from 'self' registers the service worker: the app's CSP allows no inline script.
      injectRegister: 'script-defer',
      registerType: 'autoUpdate',
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Liaison',
        short_name: 'Liaison',
        description: 'Who met whom, on whose behalf, when, and how we know it.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d5fc4',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The app shell, its lazy chunks, the bundled dataset and the examples: all offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The bundled dataset and the Cytoscape chunk exceed Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  // Module workers, so a worker can load a chunk on demand (the FtM model, only for FtM files).
  worker: { format: 'es' },
  build: {
    // Cytoscape alone is ~560 kB minified; it loads lazily, after the panels.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Cytoscape is the heaviest dependency and changes least often: its own chunk caches well.
        manualChunks: (id) => (id.includes('node_modules/cytoscape') ? 'cytoscape' : undefined),
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
});
