import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Writes `files` (`/`-separated path → text) under `dir`, making folders as needed. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** Every file under `dir` with its text (`/`-separated paths), to compare whole folders; empty when `dir` is missing. */
export function readTree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => [relative(dir, join(e.parentPath, e.name)).replaceAll('\\', '/'), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}
