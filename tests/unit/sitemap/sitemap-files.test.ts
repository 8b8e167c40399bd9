import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { SITEMAP_LIMITS, sitemapFiles, type SitemapFile } from '../../../src/lib/sitemap/sitemap-files.ts';

const SITEMAP = 'https://example.org/shelf/sitemap.xml';
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

/** `count` page addresses, numbered so their order shows. */
const pages = (count: number) => Array.from({ length: count }, (_, i) => `https://example.org/shelf/papers/p${i}/`);

/** The addresses a sitemap file lists, after checking it is well-formed XML. */
function locs(file: SitemapFile): string[] {
  expect(SyntaxValidator.validate(file.xml)).toBe(true);
  const doc = parser.parse(file.xml) as { urlset?: { url?: { loc: string }[] }; sitemapindex?: { sitemap: { loc: string }[] } };
  return (doc.urlset?.url ?? doc.sitemapindex?.sitemap ?? []).map((entry) => entry.loc);
}

const kind = (file: SitemapFile) => (file.xml.includes('<sitemapindex') ? 'sitemapindex' : file.xml.includes('<urlset') ? 'urlset' : 'neither');

describe('sitemapFiles', () => {
  test('lists three pages in one urlset named sitemap.xml', () => {
    const files = sitemapFiles(pages(3), SITEMAP);
    expect(files.map((f) => [f.name, kind(f)])).toEqual([['sitemap.xml', 'urlset']]);
    expect(locs(files[0]!)).toEqual(pages(3));
    expect(files[0]!.xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        pages(3).map((url) => `  <url><loc>${url}</loc></url>\n`).join('') +
        '</urlset>\n',
    );
  });

  test('lists 50,000 pages, the most one file may hold, in one urlset', () => {
    const files = sitemapFiles(pages(50_000), SITEMAP);
    expect(files.map((f) => [f.name, kind(f)])).toEqual([['sitemap.xml', 'urlset']]);
    expect(locs(files[0]!)).toEqual(pages(50_000));
  });

  test('makes sitemap.xml an index of two parts for 50,001 pages, which list every page once, in order', () => {
    const files = sitemapFiles(pages(50_001), SITEMAP);
    expect(files.map((f) => [f.name, kind(f)])).toEqual([
      ['sitemap.xml', 'sitemapindex'],
      ['sitemap-1.xml', 'urlset'],
      ['sitemap-2.xml', 'urlset'],
    ]);
    expect(locs(files[0]!)).toEqual(['https://example.org/shelf/sitemap-1.xml', 'https://example.org/shelf/sitemap-2.xml']);
    const [first, second] = [locs(files[1]!), locs(files[2]!)];
    expect(first).toHaveLength(SITEMAP_LIMITS.urls);
    expect([...first, ...second]).toEqual(pages(50_001));
  });

  test('splits at a smaller limit when given one, filling each part before the next', () => {
    const files = sitemapFiles(pages(7), SITEMAP, { urls: 3 });
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files.slice(1).map((f) => locs(f).length)).toEqual([3, 3, 1]);
    expect(files.slice(1).flatMap(locs)).toEqual(pages(7));
  });

  test('keeps every part within the size limit, counted in UTF-8 bytes', () => {
    // Unescaped characters count as the bytes they take: é is two.
    const urls = Array.from({ length: 40 }, (_, i) => `https://example.org/é/${'x'.repeat(i * 7)}`);
    const bytes = 2000;
    const files = sitemapFiles(urls, SITEMAP, { bytes });
    expect(files.length).toBeGreaterThan(2);
    for (const part of files.slice(1)) expect(new TextEncoder().encode(part.xml).length).toBeLessThanOrEqual(bytes);
    expect(files.slice(1).flatMap(locs)).toEqual(urls);
  });

  test('gives a page too long for any part a part of its own rather than dropping it', () => {
    const urls = ['https://example.org/a', `https://example.org/${'x'.repeat(500)}`, 'https://example.org/b'];
    const files = sitemapFiles(urls, SITEMAP, { bytes: 400 });
    expect(files.slice(1).map(locs)).toEqual([[urls[0]], [urls[1]], [urls[2]]]);
  });

  test('escapes the addresses of pages and parts, which parse back to the addresses', () => {
    const urls = ["https://example.org/a&b/?q=<x>&y='z'", 'https://example.org/"quoted"/'];
    const [single] = sitemapFiles(urls, SITEMAP);
    expect(single!.xml).toContain('<loc>https://example.org/a&amp;b/?q=&lt;x&gt;&amp;y=&apos;z&apos;</loc>');
    expect(locs(single!)).toEqual(urls);

    const files = sitemapFiles(urls, 'https://example.org/a&b/sitemap.xml', { urls: 1 });
    expect(files[0]!.xml).toContain('<loc>https://example.org/a&amp;b/sitemap-1.xml</loc>');
    expect(locs(files[0]!)).toEqual(['https://example.org/a&b/sitemap-1.xml', 'https://example.org/a&b/sitemap-2.xml']);
    expect(files.slice(1).flatMap(locs)).toEqual(urls);
  });

  test('writes a well-formed urlset for a site without pages', () => {
    const files = sitemapFiles([], SITEMAP);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(locs(files[0]!)).toEqual([]);
  });
});
