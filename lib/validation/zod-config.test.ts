import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appSourceFiles } from '../testing/source-files.ts';
import './zod-config.ts';
import { z } from 'zod';

describe('zod as the app uses it', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    z.config({ jitless: true });
  });

  it('parses without compiling code, which the pages’ Content-Security-Policy would report', () => {
    const compile = vi.spyOn(globalThis, 'Function');
    const schema = z.object({ name: z.string(), count: z.number().int() });
    expect(schema.parse({ name: 'Biology', count: 3 })).toEqual({ name: 'Biology', count: 3 });
    expect(schema.safeParse({ name: 7 }).success).toBe(false);
    expect(compile).not.toHaveBeenCalled();
  });

  it('would compile without the setting (so the check above can fail)', () => {
    z.config({ jitless: false });
    const compile = vi.spyOn(globalThis, 'Function');
    z.object({ other: z.string(), more: z.boolean() }).parse({ other: 'x', more: true });
    expect(compile).toHaveBeenCalled();
  });

  it('is set up by every module that uses it, so the setting applies whichever loads first', () => {
    const withoutSetting = appSourceFiles(['app', 'components', 'lib', 'prisma', 'scripts']).filter((file) => {
      if (file === path.join('lib', 'validation', 'zod-config.ts')) return false;
      const text = fs.readFileSync(file, 'utf8');
      return /^import\s+(?!type\s)[^;]*from\s+['"]zod(?:\/[^'"]*)?['"]/m.test(text) && !/^import\s+['"](?:\.\/|@\/lib\/validation\/)zod-config(?:\.ts)?['"];/m.test(text);
    });
    expect(withoutSetting).toEqual([]);
  });
});
