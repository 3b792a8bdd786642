// Every way into the server that a request can reach: the exports of app/**/actions.ts ("use server") and the
// methods of app/**/route.ts, read from the code, so a test that must cover them all fails when one is added.
import fs from 'node:fs';
import path from 'node:path';

const HTTP_METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';

function filesNamed(name: string, folder = 'app'): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)))
    .sort();
}

/** "<file>#<export>" for every server action; throws when an actions.ts does not start with 'use server'. */
export function serverActionsInCode(): string[] {
  return filesNamed('actions.ts').flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.trimStart().startsWith("'use server'")) throw new Error(`${file} must start with 'use server'`);
    return [...text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((match) => `${file}#${match[1]}`);
  });
}

/** "<file>#<method>" for every route handler, declared or re-exported (`export { handler as GET }`). */
export function routeHandlersInCode(): string[] {
  return filesNamed('route.ts').flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const declared = [...text.matchAll(new RegExp(`export\\s+(?:async\\s+function|const|function)\\s+(${HTTP_METHODS})\\b`, 'g'))].map((m) => m[1]!);
    const reexported = [...text.matchAll(new RegExp(`as\\s+(${HTTP_METHODS})\\b`, 'g'))].map((m) => m[1]!);
    return [...declared, ...reexported].map((method) => `${file}#${method}`);
  });
}

/** Files other than actions.ts that say 'use server': there must be none, or the lists above miss actions. */
export function otherFilesWithUseServer(): string[] {
  return ['app', 'components', 'lib']
    .flatMap((folder) => fs.readdirSync(folder, { recursive: true, withFileTypes: true }).map((entry) => path.join(entry.parentPath, entry.name)))
    .filter((file) => /\.tsx?$/.test(file) && !file.includes('generated') && !file.endsWith('actions.ts'))
    .filter((file) => /^\s*['"]use server['"];?\s*$/m.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(process.cwd(), file))
    .sort();
}
