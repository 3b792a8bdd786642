// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the
// difference between the existing migrations and prisma/schema.prisma.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './load-env.ts';
import { migrationsDir, schemaDriftSql } from '../lib/db/migrations.ts';
import { runScript, ExplainedError } from './run-script.ts';

runScript(async () => {
  const rawName = process.argv[2];
  const name = rawName?.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!name) {
    throw new ExplainedError('Name the migration: npm run db:migration -- add_card_tags');
  }
  const project = { root: projectRoot };
  const sql = await schemaDriftSql(project);
  if (sql === '') {
    console.log('prisma/schema.prisma already matches the migrations: nothing to write.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(migrationsDir(project), `${stamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(projectRoot, folder)}/migration.sql. Review it, then run npm run db:migrate.`);
});
