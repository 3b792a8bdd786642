// `npm start` and `npm run db:migrate` with bad configuration: one clear sentence, no stack trace, exit 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from './port.ts';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(script: string, env: Record<string, string>, timeout = 60_000) {
  const result = spawnSync(tsx, [script], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout,
    env: { ...process.env, PORT: '', DATABASE_URL: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectOneSentence(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr.split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('npm start with bad configuration', () => {
  it('stops when DATABASE_URL points at a PostgreSQL that is not there', async () => {
    const port = await findFreePort();
    const result = run('scripts/start.ts', { PORT: String(port), DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta' });
    expect(result.status).toBe(1);
    expectOneSentence(result.stderr, /^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/parta: nothing is listening there\. Start PostgreSQL or correct DATABASE_URL in \.env\.$/);
  });

  it('stops when the data folder cannot be written', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-start-'));
    fs.writeFileSync(path.join(parent, 'file'), '');
    try {
      const result = run('scripts/start.ts', { PORT: String(await findFreePort()), DATABASE_URL: `file:${parent}/file/pglite` });
      expect(result.status).toBe(1);
      expectOneSentence(result.stderr, /^The data folder .*\/file\/pglite is not writable \(ENOTDIR\): fix its permissions, or set DATABASE_URL=file:<a writable folder> in \.env\.$/);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('stops when the port is in use, before touching the database', async () => {
    const port = await findFreePort();
    const server = net.createServer().listen(port);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const result = run('scripts/start.ts', { PORT: String(port), DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta' });
      expect(result.status).toBe(1);
      expectOneSentence(result.stderr, new RegExp(`^Port ${port} is already in use, perhaps by another Parta: stop that program, or choose another port, e\\.g\\. PORT=${port + 1} npm start\\.$`));
    } finally {
      server.close();
    }
  });

  it('stops on an unsupported DATABASE_URL and on a PORT that is not a number', async () => {
    const badUrl = run('scripts/start.ts', { PORT: String(await findFreePort()), DATABASE_URL: 'mysql://root@localhost/parta' });
    expect(badUrl.status).toBe(1);
    expectOneSentence(badUrl.stderr, /^DATABASE_URL starts with "mysql:", which Parta does not support/);

    const badPort = run('scripts/start.ts', { PORT: 'http' });
    expect(badPort.status).toBe(1);
    expectOneSentence(badPort.stderr, /^PORT must be a whole number from 1 to 65535, not "http"/);
  });

  it('stops on a NEXTAUTH_SECRET too short to sign sessions, before migrating or building', async () => {
    const result = run('scripts/start.ts', {
      PORT: String(await findFreePort()),
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta',
      NEXTAUTH_SECRET: 'changeme',
    });
    expect(result.status).toBe(1);
    expectOneSentence(result.stderr, /^NEXTAUTH_SECRET is too short \(8 characters; at least 32\)\. Set it to a random value: openssl rand -base64 32\.$/);
  });

  it('stops on a PARTA_DEMO it cannot read, before migrating or seeding', async () => {
    const result = run('scripts/start.ts', { PORT: String(await findFreePort()), DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta', PARTA_DEMO: 'nope' });
    expect(result.status).toBe(1);
    expectOneSentence(result.stderr, /^PARTA_DEMO must be on or off, not "nope"\. Set PARTA_DEMO=off in \.env to start without the demo accounts\.$/);
  });

  it('stops on a TRUST_PROXY it cannot read', async () => {
    const result = run('scripts/start.ts', { PORT: String(await findFreePort()), DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta', TRUST_PROXY: 'yes' });
    expect(result.status).toBe(1);
    expectOneSentence(result.stderr, /^TRUST_PROXY must be the number of proxies in front of Parta/);
  });
});

describe('npm run db:migrate with bad configuration', () => {
  it('says the same sentence', () => {
    const result = run('scripts/migrate.ts', { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/parta' });
    expect(result.status).toBe(1);
    expectOneSentence(result.stderr, /^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/parta/);
  });
});

describe('npm run db:remove-demo', () => {
  it('on a new database without the demo: migrates it, says there is nothing to remove, exits 0', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parta-remove-demo-'));
    try {
      // Migrating a new PGlite folder first takes half a minute on a busy machine.
      const result = run('scripts/remove-demo.ts', { DATABASE_URL: `file:${folder}` }, 150_000);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe('No demo accounts (@parta.demo) in this database: nothing to remove.');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  }, 180_000);
});
