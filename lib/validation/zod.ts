// zod, set up once for the whole app: every schema module imports `z` from here, never from 'zod' itself
// (lib/validation/zod.test.ts checks). zod compiles object parsers with `new Function` when it may; the pages'
// Content-Security-Policy forbids eval, so in the browser that first try is a reported CSP violation (zod then
// falls back). jitless parses without trying: the same results, no violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
