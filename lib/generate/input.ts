// The generator for any input a teacher gives: generateFromText reads plain text, a PDF paste and (with the
// markdown option) Markdown the one way lib/generate/reading.ts decides. This name stays for the callers that
// came in through it (drafts, the draft worker, the CLI, the bench).
export { generateFromText as generateFromInput } from './index.ts';
