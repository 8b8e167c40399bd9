import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FULL_RENDER, type RenderPlan } from '../lib/build/build-plan.ts';
import type { Reporter } from '../lib/reporter.ts';
import type { Settings } from '../lib/settings/settings-schema.ts';
import { ROUTES } from './routes.ts';

/** What `npm run build` decided before Astro started, for the stages Astro's build hooks run. */
export interface SiteBuild {
  plan: RenderPlan;
  /** Unchanged pages to carry over from the previous output instead of rendering them. */
  carry?: { from: string; pages: readonly string[]; lists: boolean };
  /** The search pages the paper-pages stage wrote, and whether Pagefind indexes them while Astro renders. */
  search: { source: string; alongside: boolean; draft: string };
  /** Collects every stage's diagnostics. */
  reporter: Reporter;
}

/** The integration's options: the validated settings, and the build plan when `npm run build` runs Astro. */
export interface PapershelfOptions {
  settings: Settings;
  /** Without it (`astro dev`, a plain `astro build`) every page is rendered and the search index is built from the finished pages. */
  build?: SiteBuild | undefined;
}

const VIRTUAL_ID = 'virtual:papershelf/config';

/**
 * The papershelf integration. It only wires: it serves the settings and the
 * render plan to the routes as `virtual:papershelf/config`, injects the
 * routes, and runs the stages that finish a built site from Astro's build
 * hooks (search index, citation files, offline worker; see scripts/stages/).
 * The stages are imported when they run, so `astro dev` never loads them.
 */
export function papershelf({ settings, build }: PapershelfOptions): AstroIntegration {
  const plan = build?.plan ?? FULL_RENDER;
  let root = process.cwd();
  return {
    name: 'papershelf',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        root = fileURLToPath(config.root);
        for (const route of ROUTES) injectRoute({ pattern: route.pattern, entrypoint: new URL(`../routes/${route.file}`, import.meta.url), prerender: true });
        const source = `export const settings = ${JSON.stringify(settings)};\nexport const plan = ${JSON.stringify(plan)};\n`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'papershelf-config',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL_ID}` ? source : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': async () => {
        if (!build?.search.alongside) return;
        const { startSearchIndex } = await import('../../scripts/stages/index-search.ts');
        await startSearchIndex(build.search);
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const stages = await import('../../scripts/stages/finish-site.ts');
        await stages.finishSite({ root, site, settings, build });
      },
      'astro:server:setup': async ({ server }) => {
        const { serveCitationFiles } = await import('../../scripts/stages/copy-citation-files.ts');
        server.middlewares.use(serveCitationFiles(root, settings));
      },
    },
  };
}
