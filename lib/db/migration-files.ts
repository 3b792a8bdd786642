// The names of the migrations in prisma/migrations, oldest first. Apart from migrations.ts so the server's
// health check can read them without loading the schema engine.
import fs from 'node:fs';
import path from 'node:path';

export function migrationNamesOnDisk(root: string): string[] {
  const baseDir = path.join(root, 'prisma', 'migrations');
  if (!fs.existsSync(baseDir)) return [];
  return fs
    .readdirSync(baseDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
