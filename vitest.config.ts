import { defineConfig } from 'vitest/config';

/**
 * Unit tests for pure logic: src/lib, src/schemas and the build-time loaders.
 *
 * `npm test` runs them with coverage (`vitest run --coverage`), which fails
 * below 90% of lines in src/lib and src/schemas. The Redoc integration
 * (src/integrations/redoc/: the server loader, the Vite plugin and the
 * browser-only polished shim) runs only inside a real build or browser, where
 * the e2e tests cover it.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
  },
});
