// Bundles the bare baseline page into dist/bare/, where `vite preview` serves it beside the app.
// It resolves cytoscape and cytoscape-fcose from the project's node_modules: the same versions.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function buildBarePage(distDir, { minify = true } = {}) {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: '/bare/',
    logLevel: 'warn',
    build: { outDir: `${distDir}/bare`, emptyOutDir: true, minify, chunkSizeWarningLimit: 1000 },
  });
}
