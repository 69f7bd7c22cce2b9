import { defineConfig } from '@playwright/test';

// The Electron smoke test (npm run test:electron starts it with DANGJIAN_SMOKE_LAUNCH set).
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
});
