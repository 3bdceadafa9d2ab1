import { z } from 'zod/mini';

/**
 * The one way Candor imports zod. Jitless, because zod's JIT compiles parsers with `new Function`, which the
 * extension pages' CSP forbids and Mozilla's linter rejects; zod decides this when a schema is built, so
 * the setting must run before any module defines one, which importing `z` from here guarantees.
 */
z.config({ jitless: true });

export { z };
