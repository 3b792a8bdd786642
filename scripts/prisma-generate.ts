// npm run db:generate: regenerates the Prisma client (always, unlike the check the other scripts make).
import { ensurePrismaClient } from './prisma-client.ts';

ensurePrismaClient(process.cwd(), { force: true });
console.log('Generated the Prisma client in lib/db/generated.');
