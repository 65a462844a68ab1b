import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// TANDEM_E2E_PORT lets a second checkout run its tests beside a server already on 4173.
const port = Number(process.env.TANDEM_E2E_PORT ?? 4173)

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The build adds tests/fixtures/library: a draft made by `npm run import`.
    command: `npm run build:app && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    env: { TANDEM_FIXTURE_LIBRARY: '1' },
    url: `http://127.0.0.1:${port}`,
    // Always a fresh build: a server left running would test yesterday's bundle.
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
