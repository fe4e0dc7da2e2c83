// The built app and the bare page, served by `vite preview` for the benchmark's browser.
import { spawn } from 'node:child_process';

// Beside the end-to-end tests' port (LIAISON_PORT, default 4173): the two never share one, even
// while the tests' server is still shutting down, and checkouts can run side by side.
const PORT = Number(process.env.LIAISON_PORT ?? 4173) + 1;
export const BASE = `http://127.0.0.1:${PORT}`;

/** Starts the server in its own process group; stop it with `process.kill(-server.pid)`. */
export async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${BASE}/bare/`)).ok) return server;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  process.kill(-server.pid);
  throw new Error(`vite preview did not start on port ${PORT}`);
}
