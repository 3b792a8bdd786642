// next-auth signs session cookies with NEXTAUTH_SECRET. A newcomer should not have to make one: when it is not
// set, `npm start` creates a random one in data/auth-secret (readable by the owner only) and reuses it, so
// sessions survive restarts. Several instances behind a load balancer must share one: set it in .env.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function ensureAuthSecret(root: string): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, 'data', 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}
