import { expect, test } from '../fixture';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Two builds of the app, served one after the other on one origin, as a deployment replaces
// one build with the next. The port is the one after the suite's own: its server stays up.
const PORT = Number(process.env.LIAISON_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VITE = join(process.cwd(), 'node_modules/vite/bin/vite.js');

test.use({ serviceWorkers: 'allow' });
// Two production builds on a busy two-core machine take minutes.
test.describe.configure({ timeout: 600_000 });

function build(outDir: string, mark: string) {
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, LIAISON_BUILD_MARK: mark },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`The ${mark} build failed: ${result.stderr}`);
}

async function serve(outDir: string): Promise<ChildProcess> {
  const args = ['preview', '--outDir', outDir, '--port', String(PORT), '--strictPort'];
  const server = spawn(process.execPath, [VITE, ...args, '--host', '127.0.0.1'], {
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 300; tries += 1) {
    const isUp = await fetch(ORIGIN).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview of ${outDir} did not answer on ${ORIGIN}`);
}

async function stop(server: ChildProcess | null) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

const buildMark = (page: import('@playwright/test').Page) =>
  page.locator('meta[name="liaison-build"]').getAttribute('content');

test('a new build offers "A new version is ready — Reload" and takes over on that click', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'liaison-builds-'));
  const [first, second] = [join(root, 'first'), join(root, 'second')];
  let server: ChildProcess | null = null;
  try {
    build(first, 'first');
    build(second, 'second');

    server = await serve(first);
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await buildMark(page)).toBe('first');
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toHaveCount(0);

    await stop(server);
    server = await serve(second);
    // The old worker still answers: the page stays on the first build until the reader chooses.
    await page.reload();
    expect(await buildMark(page)).toBe('first');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const reload = prompt.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toHaveAttribute('aria-live', 'polite');
    await reload.click();
    await expect(page.locator('meta[name="liaison-build"]')).toHaveAttribute('content', 'second', {
      timeout: 30_000,
    });
    // And it stays: another load is the second build too.
    await page.reload();
    expect(await buildMark(page)).toBe('second');
  } finally {
    await stop(server);
    rmSync(root, { recursive: true, force: true });
  }
});
