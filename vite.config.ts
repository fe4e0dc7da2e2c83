import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  preview: { port: 4173, strictPort: true },
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
