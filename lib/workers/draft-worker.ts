// A draft worker thread: reads uploaded files and runs the generator, seconds of CPU each, away from the server's
// event loop (every other request waits while that loop is busy). One job at a time; draft-pool.ts sends them.
import { parentPort } from 'node:worker_threads';
import { extractDocumentText } from '../documents/extract-text.ts';
import { itemsForConcepts } from '../generate/chosen-concepts.ts';
import { generateFromInput } from '../generate/input.ts';
import type { DraftJob, DraftWorkerMessage } from './draft-jobs.ts';

const port = parentPort!;
const reply = (message: DraftWorkerMessage) => port.postMessage(message);

port.on('message', async (job: DraftJob) => {
  try {
    if (job.kind === 'extract') reply({ result: await extractDocumentText(job.file) });
    else if (job.kind === 'items') reply({ result: itemsForConcepts(job.text, job.chosen, job.choice, { markdown: job.markdown, emphasized: job.emphasized }) });
    else reply({ result: generateFromInput(job.text, { onStage: (stage) => reply({ stage }), emphasized: job.emphasized, markdown: job.markdown }) });
  } catch (error) {
    reply({ crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
