// The draft worker's entry, loaded by path (draft-pool.ts): plain JavaScript that Node runs as it is, under
// `next start` (whose bundles do not contain the worker), `next dev` and Vitest alike. tsx compiles the
// TypeScript it imports, as it does for the scripts.
import { register } from 'tsx/esm/api';

register();
await import('./draft-worker.ts');
