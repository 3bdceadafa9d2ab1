import { defineConfig } from 'vitest/config';

// Unit, component and fixture tests. Component tests opt into happy-dom with a `@vitest-environment` comment.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
  },
});
