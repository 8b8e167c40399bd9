import type { APIRoute } from 'astro';
import { settings } from 'virtual:papershelf/config';
import { loadCatalog, loadPeople } from '../data/site.ts';
import { compareBySource, PAGE_SIZE } from '../lib/catalog.ts';
import { paginateYears, yearPagePath } from '../lib/papers/year-groups.ts';
import { authorIndexPath, paginateAuthorIndex, personPath } from '../lib/people/author-pages.ts';
import { sitemapFiles, type SitemapFile } from '../lib/sitemap/sitemap-files.ts';
import { paginateTopic, topicPagePath } from '../lib/topics/topic-pages.ts';
import { paperPath, withBase } from '../lib/urls.ts';

/**
 * The files of the sitemap of every page of the site, for search engines:
 * home, topics (every page, both orders), authors, years, papers.
 * `sitemap.xml` comes first; the parts it points to follow when the site has
 * more pages than one sitemap file may list. `site` is Astro's.
 */
export async function siteSitemap(site: URL | string | undefined): Promise<SitemapFile[]> {
  const { papers, topics } = await loadCatalog();
  const allPages = Array.from({ length: Math.max(1, Math.ceil(papers.length / PAGE_SIZE)) }, (_, i) => (i === 0 ? 'all/' : `all/${i + 1}/`));
  const topicPages = topics.flatMap((t) => paginateTopic(t).map((p) => topicPagePath(t.slug, p.order, p.number)));
  const { people } = await loadPeople();
  const authorPages = people.length ? [...paginateAuthorIndex(people).map((p) => authorIndexPath(p.number)), ...people.map((p) => personPath(p.slug))] : [];
  const years = paginateYears(papers).map((p) => yearPagePath(p.year, p.number));
  const yearPages = years.length ? ['years/', ...years] : [];
  const paths = ['', 'topics/', 'search/', ...allPages, ...topicPages, ...authorPages, ...yearPages, ...[...papers].sort(compareBySource).map((p) => paperPath(p.slug))];
  const absolute = (path: string) => new URL(withBase(settings.base, path), site).href;
  return sitemapFiles(paths.map(absolute), absolute('sitemap.xml'));
}

/** `sitemap.xml`: every page, or the index of the parts that list them (`sitemap-[n].xml.ts`). */
export const GET: APIRoute = async ({ site }) =>
  new Response((await siteSitemap(site))[0]!.xml, { headers: { 'Content-Type': 'application/xml' } });
