import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium (Playwright) and Firefox ESR (Puppeteer).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    // Two cores: one browser at a time keeps timings steady.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
