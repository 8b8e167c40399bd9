/**
 * Stage: the Astro site, rendered in this process with Astro's JS `build()`
 * from the same configuration as `astro.config.mjs` (which is not read), into
 * the staging folder. The papershelf integration receives the build plan and
 * runs the stages that finish the site from Astro's build hooks.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { astroConfig } from '../../src/integrations/astro-config.ts';
import type { SiteBuild } from '../../src/integrations/papershelf.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { collectAstroWarnings } from '../lib/astro-log.ts';

const LOGGER = fileURLToPath(new URL('../lib/astro-log.ts', import.meta.url));

/** Renders the site into `staging`. */
export async function renderSite(root: string, settings: Settings, staging: string, plan: SiteBuild): Promise<void> {
  collectAstroWarnings(plan.reporter);
  await build({
    ...astroConfig(settings, plan),
    root,
    outDir: staging,
    configFile: false,
    logger: { entrypoint: LOGGER, config: { every: 1000 } },
  });
}
