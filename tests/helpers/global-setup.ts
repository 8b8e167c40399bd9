import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder shared by all test files of one run; holds the shared builds of `buildSample` and `buildFixture` and their locks. */
    papershelfRunDir: string;
  }
}

/** The list, in a shared build's folder, of what that build keeps inside the project (see `buildCachePaths`). */
const CLEANUP = 'cleanup.json';

/**
 * Makes one folder per test run for builds that test files share, and
 * removes it afterwards with what those builds keep inside the project.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-test-run-'));
  project.provide('papershelfRunDir', dir);
  return () => {
    for (const entry of readdirSync(dir)) {
      const list = join(dir, entry, CLEANUP);
      if (!existsSync(list)) continue;
      for (const path of JSON.parse(readFileSync(list, 'utf8')) as string[]) rmSync(path, { recursive: true, force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
