import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browser here (scripts/ensure-chromium.mjs installs it).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    acceptDownloads: true,
  },
  // Never reuse a server this run did not start: on a shared port it may serve another checkout's build. Runs on
  // the same ports take turns (flock /tmp/e2e.lock); a busy port fails the run instead of testing the wrong page.
  webServer: [
    {
      command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // dist/ under a sub-path, as GitHub Pages serves a project site.
      command: 'node scripts/serve.mjs /dualstack-wizard/ 4174',
      url: 'http://127.0.0.1:4174/dualstack-wizard/',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
