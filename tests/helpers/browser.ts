import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveSample } from './static-server.ts';

export { CHROMIUM_PATH } from './chromium.ts';

/** Starts a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The run's shared Chromium (started by `tests/helpers/browser-server.ts`),
 * or a new one when the run has none.
 */
async function openBrowser(): Promise<Browser> {
  let endpoint = '';
  try {
    endpoint = inject('papershelfBrowser') ?? '';
  } catch {
    // Not inside a Vitest run.
  }
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

/**
 * `describe` for tests that need Chromium. Without a browser the suite is
 * skipped with a loud warning, so a missing browser never passes silently
 * unnoticed; with `REQUIRE_BROWSER=1` (CI) it fails instead.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  const how = `Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      test('needs Chromium', () => {
        throw new Error(`${how} REQUIRE_BROWSER=1 makes this a failure.`);
      });
    });
    return;
  }
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! SKIPPING BROWSER TESTS "${name}"\n!! ${how}\n!! Set REQUIRE_BROWSER=1 to make this a failure.\n${line}\n`);
  describe.skip(name, body);
}

/** What went wrong while a page was open: console errors, uncaught exceptions, failed or non-2xx requests. */
export interface PageProblems {
  errors: string[];
  failedRequests: string[];
}

/** Starts recording a page's console errors, uncaught exceptions and failed requests. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (req) => problems.failedRequests.push(`${req.url()}: ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.url()}: HTTP ${res.status()}`);
  });
  return problems;
}

/** The base paths the browser tests serve the sample under: the root and a project sub-path. */
export const BASES = ['/', '/papershelf/'] as const;

/**
 * Connects to the run's Chromium (or launches one) before the tests of the
 * enclosing block and lets go of it after, closing every context opened
 * through it; call the result inside a test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Serves the sample built for `base` during the enclosing block; call the result inside a test. */
export function useSample(base: string): () => StaticServer & { outDir: string } {
  let server: (StaticServer & { outDir: string }) | undefined;
  beforeAll(async () => {
    server = await serveSample(base);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}
