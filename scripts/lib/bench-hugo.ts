import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBatches } from './fs-output.ts';

const CONFIG = `baseURL = "/"
languageCode = "en"
title = "papers"
disableKinds = ["RSS", "sitemap", "robotsTXT"]
[taxonomies]
  topic = "topics"
`;

// Plain layouts with what the Astro baseline has: one page per paper with a topic sidebar, and the topic lists.
const BASEOF = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>{{ .Title }}</title></head>
  <body>
    <nav><ul>{{ range .Site.Taxonomies.topics.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></nav>
    <main data-pagefind-body>{{ block "main" . }}{{ end }}</main>
  </body>
</html>
`;
const SINGLE = `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
`;
const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`;

/** Hugo's version line, or undefined when `hugo` is not on the PATH. */
export function hugoVersion(): string | undefined {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/ BuildDate=.*$/, '') : undefined;
}

/**
 * Writes the benchmark's other baseline: a Hugo site over the same generated
 * paper pages (their front matter is YAML Hugo reads; the escaped Markdown
 * bodies read the same in Goldmark), with plain layouts: a page per paper
 * with the topic sidebar and the topic lists. Front matter keys Hugo gives a
 * meaning of its own (`date` in a form it cannot parse) are left out.
 */
export async function writeHugoSite(dir: string, papersDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'content', 'papers'), { recursive: true });
  await mkdir(join(dir, 'layouts', '_default'), { recursive: true });
  await writeFile(join(dir, 'hugo.toml'), CONFIG);
  await writeFile(join(dir, 'layouts', '_default', 'baseof.html'), BASEOF);
  await writeFile(join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  await writeFile(join(dir, 'layouts', '_default', 'list.html'), LIST);
  const names = (await readdir(papersDir)).filter((n) => n.endsWith('.mdx'));
  await inBatches(names, async (name) => {
    const text = (await readFile(join(papersDir, name), 'utf8')).replace(/^date: .*\n/m, '');
    await writeFile(join(dir, 'content', 'papers', name.replace(/\.mdx$/, '.md')), text);
  });
}
