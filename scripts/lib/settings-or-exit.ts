import { Reporter } from '../../src/lib/reporter.ts';
import { checkSettings } from '../../src/lib/settings/check-settings.ts';
import { readSettings } from '../../src/lib/settings/read-settings.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';

/**
 * The first step of every build command: reads and checks the settings and
 * returns them with the build's reporter (holding any warning, such as an
 * unset SITE_URL). On a wrong setting it prints every problem with its fix
 * and exits 1 having written nothing, before any stage is even loaded.
 */
export function settingsOrExit(root: string, env: NodeJS.ProcessEnv): { settings: Settings; reporter: Reporter } {
  const reporter = new Reporter();
  const read = readSettings(env);
  reporter.add(...read.diagnostics);
  if (read.settings) reporter.add(...checkSettings(read.settings, root));
  if (read.settings && !reporter.failed) return { settings: read.settings, reporter };
  // Printed, not written: a build with wrong settings writes nothing at all.
  for (const line of reporter.report('-').lines.slice(0, -1)) console.error(line);
  console.error('\nNo stage ran and nothing was written: fix the settings above and run again.');
  process.exit(1);
}
