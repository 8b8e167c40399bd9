import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder shared by all test files of one run; holds the sample builds of `buildSample`. */
    papershelfRunDir: string;
  }
}

/** Makes one folder per test run for builds that test files share, and removes it afterwards. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-test-run-'));
  project.provide('papershelfRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
