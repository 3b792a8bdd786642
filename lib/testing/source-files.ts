// The project's TypeScript files, for tests that check a rule across the code (messages used, imports allowed).
import fs from 'node:fs';
import path from 'node:path';

/** Every .ts and .tsx file under the folders (relative to the project root), tests and generated code included. */
export function sourceFiles(folders: string[]): string[] {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

/** The files a bundle can contain: no tests, no generated Prisma client. */
export function appSourceFiles(folders: string[]): string[] {
  return sourceFiles(folders).filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`));
}
