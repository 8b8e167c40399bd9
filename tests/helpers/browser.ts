import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { serveSample } from './static-server.ts';

/** The Chromium the end-to-end tests drive (Debian's package by default; `CHROMIUM_PATH` overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline apart from the pages under test. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
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

/** Launches Chromium before the tests of the enclosing block and closes it after; call the result inside a test. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
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
