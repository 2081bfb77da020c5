import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (browsers cannot be downloaded here); Playwright's own elsewhere.
const systemChromium = '/usr/bin/chromium';
export const launchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// Served by sirv rather than `astro preview`, which allows one instance per project and would clash with `npm start`.
// TEST_PORT and TEST_BASE_PATH_PORT let two checkouts run their suites side by side.
export const PORT = Number(process.env.TEST_PORT ?? 4391);
export const BASE_PATH_PORT = Number(process.env.TEST_BASE_PATH_PORT ?? 4392);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
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
