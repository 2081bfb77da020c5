import { defineConfig, devices } from '@playwright/test';
import { launchOptionsOrExit } from './scripts/browser.ts';

/** The browser found by scripts/browser.ts (the one place that decides), with the flags every launch uses. */
export const launchOptions = await launchOptionsOrExit();

// Served by sirv rather than `astro preview`, which allows one instance per project and would clash with `npm start`.
// TEST_PORT and TEST_BASE_PATH_PORT let two checkouts run their suites side by side.
export const PORT = Number(process.env.TEST_PORT ?? 4391);
export const BASE_PATH_PORT = Number(process.env.TEST_BASE_PATH_PORT ?? 4392);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  // Sized for two cores: two browsers at once, while the two static servers idle. Each test does one page's work,
  // so the default 30 s per test is many times what it needs even on a slow machine.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: [
    { command: `sirv dist --port ${PORT}`, url: `http://localhost:${PORT}/en/`, reuseExistingServer: !process.env.CI },
    // The build made with BASE_PATH=/nexus/ (npm run build:base-path), served as a web server would: under /nexus/.
    {
      command: `sirv dist-base-path --port ${BASE_PATH_PORT}`,
      url: `http://localhost:${BASE_PATH_PORT}/nexus/en/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
