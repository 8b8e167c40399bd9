import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core finding, short enough to read in a test failure. */
export interface AxeFinding {
  rule: string;
  impact: string | null;
  targets: string[];
  summary: string;
}

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules plus best practices) on the page
 * as it is now and returns its violations.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, so Vitest's transform never touches code that runs in the browser.
  return (await page.evaluate(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), summary: v.nodes[0]?.failureSummary ?? v.help }));
  })()`)) as AxeFinding[];
}
