// End-to-end tests against the release build (dist/), served on loopback, in Debian's Chromium.
// Playwright never downloads a browser here: it uses /usr/bin/chromium through executablePath.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 4173);
// A second server of the same build that answers an unknown address with the top page, as single-page-app hosts do
// (e2e/not-found.spec.js); the first answers it with 404.html, as static hosts do.
const FALLBACK_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['html', { outputFolder: 'target/playwright-report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      command: `node e2e/serve.mjs ${process.env.E2E_DIST || 'dist'} ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node e2e/serve.mjs ${process.env.E2E_DIST || 'dist'} ${FALLBACK_PORT} --fallback`,
      url: `http://127.0.0.1:${FALLBACK_PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
