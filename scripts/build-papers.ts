/**
 * `npm run papers`: only the paper-pages stage (sources → content/papers/),
 * for `npm run dev` and for checking a library without building the site.
 * Exits 1 on a wrong setting or any error in the sources; nothing is written then.
 */
import { settingsOrExit } from './lib/settings-or-exit.ts';

const root = process.cwd();
const { settings, reporter } = settingsOrExit(root, process.env);
// The stage loads only once the settings are known to be good.
const { runPaperPages } = await import('./lib/run-paper-pages.ts');
process.exit(await runPaperPages(settings, reporter, root));
