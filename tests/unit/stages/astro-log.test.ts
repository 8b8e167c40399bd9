import { afterEach, describe, expect, test, vi } from 'vitest';
import astroLog, { collectAstroWarnings } from '../../../scripts/lib/astro-log.ts';
import { Reporter } from '../../../src/lib/reporter.ts';

const event = (level: string, message: string, label: string | null = 'build') => ({ level, label, message });

describe('the Astro log destination', () => {
  afterEach(() => {
    collectAstroWarnings(undefined);
    vi.restoreAllMocks();
  });

  test('prints one progress line per thousand pages instead of a line each', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    const log = astroLog({ every: 2 });
    for (let i = 0; i < 5; i++) log.write(event('info', `  ├─ /papers/p${i}/index.html (+2ms)`, null));
    expect(printed).toEqual(['  … 2 pages rendered', '  … 4 pages rendered']);
  });

  test('hands a warning to the build reporter, as one diagnostic, instead of printing it', () => {
    const reporter = new Reporter();
    collectAstroWarnings(reporter);
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    astroLog().write(event('warn', 'x.mdx: front matter slug "y" differs\nfrom the file name', 'content'));
    expect(printed).toEqual([]);
    expect(reporter.diagnostics).toEqual([{ file: 'astro [content]', line: 0, severity: 'warning', rule: 'astro-warning', message: 'x.mdx: front matter slug "y" differs from the file name' }]);
  });

  test('drops the bundler notice about MDX notes and the empty people and notes collections, whatever their level', () => {
    const reporter = new Reporter();
    collectAstroWarnings(reporter);
    const log = astroLog();
    log.write(event('warn', '[MODULE_LEVEL_DIRECTIVE] The semantics of "use astro:head-inject"\n  │ more\n───╯', 'vite'));
    log.write(event('warn', 'The collection "people" does not exist or is empty. Please check your content config file for errors.', 'content'));
    log.write(event('warn', 'The collection "notes" does not exist or is empty. Please check your content config file for errors.', 'content'));
    expect(reporter.diagnostics).toEqual([]);
  });

  test('prints errors at once', () => {
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    astroLog().write(event('error', 'Could not render /papers/x/'));
    expect(printed).toEqual(['[build] Could not render /papers/x/']);
  });
});
