// The yardstick for bench/review: a bare node:http server doing what POST /api/reviews/sync does to the
// database (parse the same JSON batch, the same syncReviews on the same database, opened by lib/db from
// DATABASE_URL as the app opens it), without Next.js and without the session check: the student is named by the
// x-student-id header. Run by bench/review.ts in a process of its own, so the load generator does not share its
// event loop; prints "listening" when ready.
import http from 'node:http';
import type { Actor } from '../lib/access/actor.ts';
import { syncReviews } from '../lib/data/reviews.ts';
import { getDb } from '../lib/db/client.ts';
import { syncBatchSchema } from '../lib/validation/reviews.ts';

const db = await getDb();
const actors = new Map<string, Promise<Actor>>();

function actorFor(id: string): Promise<Actor> {
  let actor = actors.get(id);
  if (!actor) {
    actor = db.user.findUniqueOrThrow({ where: { id }, select: { id: true, role: true, name: true, email: true } });
    actors.set(id, actor);
  }
  return actor;
}

const server = http.createServer(async (request, response) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const batch = syncBatchSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const outcome = await syncReviews(db, await actorFor(String(request.headers['x-student-id'])), batch, new Date());
    response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(outcome));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
