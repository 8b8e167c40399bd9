import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const papers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/papers' }),
  schema: z.object({ title: z.string(), topics: z.array(z.string()) }).passthrough(),
});
export const collections = { papers };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const papers = await getCollection('papers');
  const counts = new Map();
  for (const p of papers) for (const t of p.data.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  const topics = [...counts].sort();
  return papers.map((entry) => ({ params: { slug: entry.id }, props: { entry, topics } }));
}
const { entry, topics } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <nav><ul>{topics.map(([t, n]) => <li><a href={\`/topics/\${t}/\`}>{t}</a> {n}</li>)}</ul></nav>
    <main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main>
  </body>
</html>
`;

/**
 * Writes the benchmark's baseline: a bare Astro site that compiles the same
 * generated `.mdx` paper pages as MDX modules (Astro's default for `.mdx`),
 * with one layout and a topic sidebar. It resolves packages from the
 * project's node_modules, so `dir` must be inside the project.
 */
export async function writeBaselineSite(dir: string, papersDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages', 'papers'), { recursive: true });
  await cp(papersDir, join(dir, 'src', 'content', 'papers'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(dir, 'src', 'pages', 'papers', '[slug].astro'), PAGE);
}
