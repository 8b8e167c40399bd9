import type { APIRoute } from 'astro';
import { loadCatalog, loadPeople } from '../data/site.ts';
import { compareBySource, PAGE_SIZE } from '../lib/catalog.ts';
import { paginateYears, yearPagePath } from '../lib/papers/year-groups.ts';
import { authorIndexPath, paginateAuthorIndex, personPath } from '../lib/people/author-pages.ts';
import { paginateTopic, topicPagePath } from '../lib/topics/topic-pages.ts';
import { paperPath, withBase } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';

/** Every page of the site, for search engines: home, topics (every page, both orders), authors, years, papers. */
export const GET: APIRoute = async ({ site }) => {
  const { papers, topics } = await loadCatalog();
  const allPages = Array.from({ length: Math.max(1, Math.ceil(papers.length / PAGE_SIZE)) }, (_, i) => (i === 0 ? 'all/' : `all/${i + 1}/`));
  const topicPages = topics.flatMap((t) => paginateTopic(t).map((p) => topicPagePath(t.slug, p.order, p.number)));
  const { people } = await loadPeople();
  const authorPages = people.length ? [...paginateAuthorIndex(people).map((p) => authorIndexPath(p.number)), ...people.map((p) => personPath(p.slug))] : [];
  const years = paginateYears(papers).map((p) => yearPagePath(p.year, p.number));
  const yearPages = years.length ? ['years/', ...years] : [];
  const paths = ['', 'topics/', 'search/', ...allPages, ...topicPages, ...authorPages, ...yearPages, ...[...papers].sort(compareBySource).map((p) => paperPath(p.slug))];
  const urls = paths.map((p) => `  <url><loc>${escapeXml(new URL(withBase(import.meta.env.BASE_URL, p), site).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
