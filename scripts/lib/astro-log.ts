/**
 * A log destination for Astro (its `logger` option): every line Astro logs
 * goes through the build's output filter (see `astroProgress` in
 * run-stage.ts), so ten thousand pages print a progress line per thousand
 * instead of a line each. Astro loads this file by path, with the options
 * given in `logger.config`.
 */
import type { Reporter } from '../../src/lib/reporter.ts';
import { astroProgress } from './run-stage.ts';

let collector: Reporter | undefined;

/**
 * Sends Astro's warnings (a content loader's, a route's) to the build's
 * reporter, to be printed once with every other diagnostic, instead of
 * between progress lines. Astro imports this module by path, so the build and
 * Astro share this one instance of it.
 */
export function collectAstroWarnings(reporter: Reporter | undefined): void {
  collector = reporter;
}

interface LogEvent {
  level: string;
  label: string | null;
  message: string;
}

/** Astro's logger entry point: returns the destination. */
export default function astroLog(config: { every?: number } = {}) {
  const filter = astroProgress(config.every ?? 1000);
  return {
    write(event: LogEvent): void {
      const text = event.level !== 'warn' && event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ${event.message}` : event.message;
      // A site without notes, or whose papers name no authors, has empty collections: Astro's warning about them says nothing useful.
      if (/The collection "(?:people|notes)" does not exist or is empty/.test(text)) return;
      const kept: string[] = [];
      for (const line of text.split('\n')) {
        // Warnings and errors show unless the filter knows them for harmless (a bundler notice about MDX notes).
        const filtered = filter(line);
        const shown = (event.level === 'warn' || event.level === 'error') && !filter.hiding() ? line : filtered;
        if (shown !== undefined) kept.push(shown);
      }
      if (event.level === 'warn' && collector) {
        const message = kept.map((l) => l.trim()).filter(Boolean).join(' ');
        if (message) collector.add({ file: event.label ? `astro [${event.label}]` : 'astro', line: 0, severity: 'warning', rule: 'astro-warning', message });
        return;
      }
      for (const line of kept) (event.level === 'error' ? console.error : console.log)(line);
    },
  };
}
