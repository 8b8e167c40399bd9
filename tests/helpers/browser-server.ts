import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests of a run connect to the one Chromium they share; empty when each file launches its own. */
    papershelfBrowser: string;
  }
}

/**
 * Global setup of the browser tests: starts one headless Chromium for the
 * whole run, which every test file connects to (see `useBrowser`) instead of
 * launching its own; each test still opens its own context. Without
 * Chromium nothing starts (`describeInBrowser` skips or fails the files);
 * when it does not start, each file launches its own and reports why.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('papershelfBrowser', '');
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  try {
    const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    project.provide('papershelfBrowser', server.wsEndpoint());
    return () => server.close();
  } catch {
    return undefined;
  }
}
