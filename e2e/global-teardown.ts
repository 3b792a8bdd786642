// Removes the PGlite folder the e2e server used, unless the run was given one to keep.
import fs from 'node:fs';
import os from 'node:os';

export default function globalTeardown() {
  const folder = process.env.PARTA_E2E_DATA;
  if (folder && folder.startsWith(os.tmpdir()) && folder.includes('parta-e2e-')) {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
