import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { MATH_RENDERER, renderMathInHtml } from '../lib/math/render-math.ts';
import { abstractDescription, DESCRIPTION_VERSION } from '../lib/papers/meta-description.ts';
import { parsePaperPage } from '../lib/papers/render-page.ts';

/** Page files being read while the current one is parsed. */
const READ_AHEAD = 16;

/**
 * Loads the generated `.mdx` paper pages through Astro's Markdown renderer
 * instead of the MDX compiler. The build script escapes every body so it reads
 * the same as Markdown and as MDX; rendering it as Markdown avoids bundling one
 * JavaScript module per paper, which is what makes MDX slow at thousands of
 * pages. Unchanged pages are skipped by content digest on rebuilds.
 *
 * Math is rendered here, after Markdown, rather than written into the page
 * bodies by the build script: the bodies stay plain escaped text that reads
 * the same as Markdown and as MDX (KaTeX's HTML, with its style attributes,
 * is not valid MDX), and math is found in exactly the text a reader sees,
 * never inside a link. `rendered.metadata.mathCount` tells the page whether
 * to load KaTeX's stylesheet; `rendered.metadata.description` is the page's
 * meta description (see meta-description.ts).
 */
export function paperLoader(dir: string): Loader {
  return {
    name: 'papershelf-papers',
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, logger }) => {
      const root = fileURLToPath(config.root);
      // resolve, not join: CONTENT_DIR may be absolute (the tests build temporary folders).
      const base = resolve(root, dir);
      const names = (await readdir(base).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      if (names.length === 0) logger.warn(`No paper pages in ${dir}. Run "npm run build" (or "npm run papers") first.`);
      const untouched = new Set(store.keys());
      // Files are read a few ahead of the one being parsed, so the disk and the parser overlap.
      const pending = new Map<number, Promise<string>>();
      const readAhead = (k: number) => {
        if (k >= names.length) return;
        const read = readFile(join(base, names[k]!), 'utf8');
        // A failed read is awaited (and thrown) in its turn, not reported as unhandled before it.
        read.catch(() => undefined);
        pending.set(k, read);
      };
      for (let k = 0; k < READ_AHEAD; k++) readAhead(k);
      for (const [k, name] of names.entries()) {
        const path = join(base, name);
        const text = await pending.get(k)!;
        pending.delete(k);
        readAhead(k + READ_AHEAD);
        // The build script names every page after its slug, so the id is known
        // before parsing and unchanged pages are skipped without reading YAML.
        const id = name.slice(0, -'.mdx'.length);
        untouched.delete(id);
        // The renderer is part of the digest: a page cached before math rendering changed is rendered again.
        const digest = generateDigest({ text, renderer: MATH_RENDERER, description: DESCRIPTION_VERSION });
        if (store.get(id)?.digest === digest) continue;
        const { data, body } = parsePaperPage(text);
        if (data.slug !== id) logger.warn(`${name}: front matter slug "${String(data.slug)}" differs from the file name; the file name is used.`);
        const filePath = relative(root, path);
        const parsed = await parseData({ id, data, filePath: path });
        const rendered = await renderMarkdown(body);
        const math = renderMathInHtml(rendered.html);
        // Described from the HTML before math is rendered, while math is still TeX that reads as text.
        const description = abstractDescription(rendered.html);
        const metadata = { ...rendered.metadata, mathCount: math.count, ...(description ? { description } : {}) };
        store.set({ id, data: parsed, filePath, digest, rendered: { ...rendered, html: math.html, metadata } });
      }
      untouched.forEach((id) => store.delete(id));
    },
  };
}
