import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './fs-output.ts';

/**
 * Writes a value as pretty JSON (one space indent, final newline) when the file
 * does not already hold exactly that, so unchanged data never touches the
 * file. Returns whether it wrote.
 */
export async function writeDataFile(path: string, value: unknown): Promise<boolean> {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return false;
  await writeFileAtomic(path, text);
  return true;
}
