// Used only by Prisma's own CLI (`prisma generate`, `prisma studio`). Migrations do not go through the
// CLI, which needs a downloaded engine: see lib/db/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
