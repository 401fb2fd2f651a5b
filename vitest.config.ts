import { defineConfig } from 'vitest/config';
import { schemaValidators } from './apps-script/build/schema-validators.ts';

export default defineConfig({
  // The add-on server's validators, generated from the core's zod schemas as its build generates them.
  plugins: [schemaValidators()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/global-setup.ts'],
    passWithNoTests: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
