import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/tools/find-browser.mjs';

const browser = findBrowser();
// Another port lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.LIAISON_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Tracing records every test's page snapshots: on this software-rendered machine it doubles the run.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    ...devices['Desktop Chrome'],
    // A service worker answers requests before `page.route` sees them; the offline spec allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser?.executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The app as built: `npm run test:e2e` builds it first.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
