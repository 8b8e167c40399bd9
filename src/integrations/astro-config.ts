import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { NOTE_MDX_FEATURES } from '../lib/search/note-search-html.ts';
import type { Settings } from '../lib/settings/settings-schema.ts';
import { katexAssets } from './katex-assets.ts';
import { papershelf, type SiteBuild } from './papershelf.ts';

/** Pages Astro renders at once (its default is one, which leaves the CPU idle while each file is written). */
export const RENDER_CONCURRENCY = 4;

/**
 * The Astro configuration of a papershelf site, from validated settings: the
 * one definition both `astro.config.mjs` (for `astro dev` and a plain `astro
 * build`) and the build's render stage use, the latter with its build plan.
 */
export function astroConfig(settings: Settings, build?: SiteBuild): AstroUserConfig {
  return {
    site: settings.site,
    base: settings.base,
    outDir: settings.outDir,
    // One cache per content folder, so fixture sites built by the tests never share a data store.
    cacheDir: settings.cacheDir,
    trailingSlash: 'always',
    // Several pages at a time: while one page's file is being written the next is rendered.
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: RENDER_CONCURRENCY },
    // Paper abstracts go through Astro's Markdown path: no smart quotes or GFM
    // autolinks may change what the source says. Hand-written notes are MDX and
    // keep GFM.
    markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
    // KaTeX's files are copied before papershelf's build-done stages run: the offline worker precaches them.
    integrations: [mdx({ processor: satteri({ features: NOTE_MDX_FEATURES }) }), katexAssets(), papershelf({ settings, build })],
    devToolbar: { enabled: false },
  };
}
