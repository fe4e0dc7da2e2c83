import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
