import { defineConfig } from 'vitest/config';

/** Unit tests for pure logic: src/lib, src/schemas and the build-time loaders. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
