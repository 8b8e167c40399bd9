// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { siteOptions } from './src/lib/site-options.ts';

const options = siteOptions(process.env);

export default defineConfig({
  site: options.site,
  base: options.base,
  outDir: options.outDir,
  // One cache per content folder, so fixture sites built by the tests never share a data store.
  cacheDir: options.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Paper abstracts go through Astro's Markdown path: no smart quotes or GFM
  // autolinks may change what the source says. Hand-written notes are MDX and
  // keep GFM.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [mdx({ processor: satteri({ features: { gfm: true, smartPunctuation: false } }) }), katexAssets()],
  devToolbar: { enabled: false },
});
