// zod's one global setting, applied by importing this module before zod in every module that uses zod at run time
// (lib/validation/zod-config.test.ts checks). zod compiles object parsers with `new Function` when it may; the pages'
// Content-Security-Policy forbids eval, so in the browser that first try is a reported CSP violation (zod then
// falls back). jitless parses without trying: the same results, no violation. A side-effect import rather than a
// re-exported `z`: re-exporting zod's namespace made the bundler ship all of zod (60 kB more on the home page).
import { config } from 'zod';

config({ jitless: true });
