import { expect, test } from 'vitest';
import webExt from 'web-ext';

/**
 * Mozilla's linter on the built Firefox extension (the build runs in this suite's global setup): no errors,
 * and no warning but one, the `innerHTML` assignment inside Preact's own runtime (its
 * `dangerouslySetInnerHTML` path, which Candor never uses; see README).
 */
test('[firefox] web-ext lint: no errors, and only the known Preact innerHTML warning', async () => {
  const result = await webExt.cmd.lint(
    { sourceDir: 'dist/firefox', output: 'none', warningsAsErrors: false, selfHosted: false, boring: true },
    { shouldExitProgram: false },
  );
  expect(result.errors).toEqual([]);
  expect(result.notices).toEqual([]);
  expect(result.warnings.map((w) => w.code)).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
});
