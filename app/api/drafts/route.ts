// POST /api/drafts: "New from text". A multipart form with a `file` (.txt, .md, .docx, .pdf) or a `text` field.
// Bad input gets a JSON error with its status before the answer starts: 400 not such a form, 403 from another
// site, 401 signed out, 404 not a teacher, 413 too large (a file over 5 MB, text over 300,000 characters, pasted
// or in the file), 415 not a file type we read (an old .doc or .xls has its own message), 422 no text, binary
// data, or a file that cannot be read (corrupt, encrypted, only images), 429 too many. Otherwise the answer
// streams progress as NDJSON, one object a line: {"stage":"reading"}, "extracting" (files, already done), the
// generator's stages, "saving", then {"done":true,"reviewUrl":"/decks/<id>"} or {"error":{"code","message"}}
// (text the generator cannot use). Reading the file and generating run in a worker thread
// (lib/workers/draft-pool.ts), so a long draft does not hold up anyone else's requests.
import { getActor } from '@/lib/auth/current-actor';
import { readUpTo } from '@/lib/http/read-body';
import { createDraftFromText, type DraftSource, type DraftStage } from '@/lib/data/drafts';
import { reserveRateLimitHits } from '@/lib/data/rate-limits';
import { getDb } from '@/lib/db/client';
import { MAX_UPLOAD_BYTES, normalizeText } from '@/lib/documents/extract-text';
import { storedFileName } from '@/lib/documents/file-name';
import { looksBinary } from '@/lib/generate/input-checks';
import { isSameOriginRequest } from '@/lib/http/request-origin';
import { GENERATE_PER_TEACHER, retryAfterMinutes } from '@/lib/rate-limit/rules';
import { draftErrorKey, newDraftSchema } from '@/lib/validation/drafts';
import { loggedRoute } from '@/lib/http/logged-route';
import { log } from '@/lib/observability/log';
import { requestIdOf } from '@/lib/observability/request-id';
import { extractInWorker, generateInWorker } from '@/lib/workers/draft-pool';

export const dynamic = 'force-dynamic';

/** Room for the multipart boundaries and the other field around the largest file we accept. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

type ProgressLine = { stage: 'reading' | 'extracting' | DraftStage } | { done: true; reviewUrl: string } | { error: { code: string; message: string } };

function errorResponse(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** Lets the lines sent so far leave before the next step. */
const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

const STATUS_FOR_INPUT_ERROR: Record<string, number> = { 'draft.tooLarge': 413, 'draft.tooLong': 413, 'draft.unsupportedType': 415, 'draft.legacyOffice': 415 };

export const POST = loggedRoute(async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return errorResponse(403, 'draft.crossSite', 'Requests from other sites are refused.');
  const actor = await getActor();
  if (!actor) return errorResponse(401, 'signedOut', 'Sign in first.');
  // Not a teacher: the same answer as for a page that does not exist.
  if (actor.role !== 'TEACHER') return errorResponse(404, 'notFound', 'Not found.');

  const limit = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return errorResponse(413, 'draft.tooLarge', 'The upload is too large.');
  // A huge upload is refused before it is held in memory.
  const body = await readUpTo(request.body, limit);
  if (!body) return errorResponse(413, 'draft.tooLarge', 'The upload is too large.');
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return errorResponse(400, 'draft.badRequest', 'Send a multipart form with a file or a text field.');
  }
  const file = form.get('file');
  // A file part without a file name arrives as a text field: no browser sends that for a file input.
  if (typeof file === 'string' && file !== '') return errorResponse(400, 'draft.badRequest', 'Send a multipart form with a file or a text field.');
  const upload = file instanceof File && file.size > 0 ? file : null;
  const pasted = form.get('text');
  const parsed = newDraftSchema(MAX_UPLOAD_BYTES).safeParse({ text: typeof pasted === 'string' ? pasted : '', file: upload });
  if (!parsed.success) {
    const code = parsed.error.issues[0]!.message;
    return errorResponse(STATUS_FOR_INPUT_ERROR[code] ?? 422, code, 'The input cannot be used.');
  }
  const text = upload ? null : normalizeText(parsed.data.text);
  if (text !== null && text.trim() === '') return errorResponse(422, 'draft.empty', 'The text is empty.');
  // Like a file that holds no text, before the answer starts (found by the upload fuzz: it came in the stream).
  if (text !== null && looksBinary(text)) return errorResponse(422, 'draft.binary', 'This does not look like text.');

  const db = await getDb();
  // Every draft counts, failed ones too: reading a file and generating cost the same either way.
  const reservation = await reserveRateLimitHits(db, [{ rule: GENERATE_PER_TEACHER, key: actor.id }], new Date());
  if (!reservation.allowed) {
    return errorResponse(429, `draft.rateLimited:${retryAfterMinutes(reservation.retryAfterMs)}`, 'Too many drafts in the last hour.');
  }

  // A file is read before the answer starts (seconds at most, while the generator can take longer), so a corrupt,
  // encrypted or textless document is refused with its own status, like any other bad input.
  let source: DraftSource;
  if (upload) {
    const extracted = await extractInWorker({ name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) });
    if (!extracted.ok) {
      const code = draftErrorKey(extracted.code);
      return errorResponse(STATUS_FOR_INPUT_ERROR[code] ?? 422, code, extracted.message);
    }
    source = {
      text: extracted.text,
      fileName: storedFileName(upload.name),
      title: extracted.title ?? null,
      emphasized: extracted.emphasized,
      markdown: extracted.format === 'md',
    };
  } else {
    source = { text: text!, fileName: null, title: null };
  }

  let cancelled = false;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ProgressLine) => {
        // The teacher left: stop before anything is stored.
        if (cancelled) throw new Error('The client went away.');
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      const fail = (code: string, message: string) => send({ error: { code: draftErrorKey(code), message } });
      try {
        send({ stage: 'reading' });
        if (upload) send({ stage: 'extracting' });
        await nextTick();
        const outcome = await createDraftFromText(db, actor, source, { onStage: (stage) => send({ stage }), generate: generateInWorker });
        if (!outcome.ok) return fail(outcome.error, 'The text cannot be turned into cards.');
        send({ done: true, reviewUrl: `/decks/${outcome.deckId}` });
      } catch (error) {
        if (!cancelled) {
          log.error('Making a draft failed', { requestId: requestIdOf(request.headers), error });
          send({ error: { code: 'draft.failed', message: 'Something went wrong while making the draft.' } });
        }
      } finally {
        if (!cancelled) controller.close();
      }
    },
    cancel() {
      cancelled = true;
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
});
