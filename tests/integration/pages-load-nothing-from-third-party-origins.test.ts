import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, SITE_URL, type BuildResult } from '../helpers/build-site.ts';
import { addressesOf, listFilesDeep, readPages, startTags } from '../helpers/html.ts';

let site: BuildResult;
let pages: Map<string, string>;
beforeAll(() => {
  site = buildSampleOrFail();
  pages = readPages(site.outDir);
});

/** True for an address on another host: `http(s)://...` or `//...` not on the site's own origin. */
function isThirdParty(address: string): boolean {
  if (!/^(https?:)?\/\//i.test(address)) return false;
  return new URL(address, SITE_URL).origin !== SITE_URL;
}

test('no page loads a resource (script, style, image, font, frame, form target) from another origin', () => {
  expect(pages.size).toBeGreaterThan(73);
  const found: string[] = [];
  for (const [path, html] of pages) {
    for (const tag of startTags(html)) {
      if (tag.name === 'a') continue;
      for (const address of addressesOf(tag).filter(isThirdParty)) found.push(`${path}: <${tag.name}> ${address}`);
    }
    for (const m of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) if (isThirdParty(m[1]!)) found.push(`${path}: inline url(${m[1]})`);
  }
  expect(found).toEqual([]);
});

test('links to other sites appear only on paper pages, for the papers themselves', () => {
  const found: string[] = [];
  for (const [path, html] of pages) {
    if (path.startsWith('papers/')) continue;
    for (const tag of startTags(html)) {
      if (tag.name === 'a' && isThirdParty(tag.attrs.href ?? '')) found.push(`${path}: ${tag.attrs.href}`);
    }
  }
  expect(found).toEqual([]);
});

test('the stylesheets and scripts Astro emits import nothing from another origin', () => {
  const found: string[] = [];
  for (const file of listFilesDeep(join(site.outDir, '_astro'), ['.css', '.js'])) {
    const text = readFileSync(join(site.outDir, '_astro', file), 'utf8');
    for (const m of text.matchAll(/(?:@import\s+|url\(\s*|import\s*\(?\s*|from\s*)['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) {
      if (isThirdParty(m[1]!)) found.push(`${file}: ${m[1]}`);
    }
  }
  expect(found).toEqual([]);
});
