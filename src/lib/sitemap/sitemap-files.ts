import { escapeXml } from '../xml.ts';

/** What one sitemap file may hold, by sitemaps.org: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed. */
export interface SitemapLimits {
  urls: number;
  bytes: number;
}

/** The sitemaps.org limits of one sitemap file. */
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** One file of a site's sitemap: its name next to `sitemap.xml` and its text. */
export interface SitemapFile {
  name: string;
  xml: string;
}

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/** A document of one element `root` holding `entries` (lines already written), one a line. */
function document(root: 'urlset' | 'sitemapindex', entries: readonly string[]): string {
  return `${DECLARATION}\n<${root} xmlns="${XMLNS}">\n${entries.map((e) => `${e}\n`).join('')}</${root}>\n`;
}

const urlEntry = (url: string) => `  <url><loc>${escapeXml(url)}</loc></url>`;
const sitemapEntry = (url: string) => `  <sitemap><loc>${escapeXml(url)}</loc></sitemap>`;

/**
 * Cuts the entries into runs that each make a document within the limits,
 * in order. An entry too long for any file on its own (no real URL is) still
 * gets a file of its own rather than being dropped.
 */
function split(entries: readonly string[], limits: SitemapLimits): string[][] {
  const empty = byteLength(document('urlset', []));
  const parts: string[][] = [];
  let part: string[] = [];
  let bytes = empty;
  for (const entry of entries) {
    const size = byteLength(entry) + 1;
    if (part.length > 0 && (part.length === limits.urls || bytes + size > limits.bytes)) {
      parts.push(part);
      part = [];
      bytes = empty;
    }
    part.push(entry);
    bytes += size;
  }
  parts.push(part);
  return parts;
}

/** The name of the `n`th part (from 1) of a sitemap too big for one file. */
export const sitemapPartName = (n: number): string => `sitemap-${n}.xml`;

/**
 * The sitemap files of a site whose pages are `urls` (absolute, in the order
 * to list them), with `sitemap.xml` first. Within the limits that is one
 * `<urlset>`; beyond them `sitemap.xml` is a `<sitemapindex>` pointing to
 * `sitemap-1.xml`, `sitemap-2.xml`, … that list every URL once, in order, each
 * within the limits. `sitemapUrl` is the absolute address of `sitemap.xml`,
 * which the parts sit beside. `limits` defaults to {@link SITEMAP_LIMITS}.
 */
export function sitemapFiles(urls: readonly string[], sitemapUrl: string, limits: Partial<SitemapLimits> = {}): SitemapFile[] {
  const parts = split(urls.map(urlEntry), { ...SITEMAP_LIMITS, ...limits });
  if (parts.length === 1) return [{ name: 'sitemap.xml', xml: document('urlset', parts[0]!) }];
  const files = parts.map((entries, i) => ({ name: sitemapPartName(i + 1), xml: document('urlset', entries) }));
  const index = document('sitemapindex', files.map((f) => sitemapEntry(new URL(f.name, sitemapUrl).href)));
  return [{ name: 'sitemap.xml', xml: index }, ...files];
}
