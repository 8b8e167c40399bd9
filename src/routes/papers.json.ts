import type { APIRoute } from 'astro';
import { settings } from 'virtual:papershelf/config';
import { loadCatalog } from '../data/site.ts';
import { compareBySource } from '../lib/catalog.ts';
import { paperPath, withBase } from '../lib/urls.ts';

/** Every paper as data: slug, url, title, authors, date, venue and citation details, arXiv id, DOI, topics, links, listed, source; in source order. */
export const GET: APIRoute = async () => {
  const { papers } = await loadCatalog();
  const list = [...papers].sort(compareBySource).map((p) => ({
    slug: p.slug,
    url: withBase(settings.base, paperPath(p.slug)),
    title: p.title,
    ...(p.authors ? { authors: p.authors } : {}),
    ...(p.date ? { date: p.date } : {}),
    ...(p.venue ? { venue: p.venue } : {}),
    // The citation details, for anyone who reads the papers as data.
    ...Object.fromEntries((['kind', 'volume', 'issue', 'pages', 'publisher', 'editors', 'organizations', 'citeKey'] as const).flatMap((k) => (p[k] === undefined ? [] : [[k, p[k]]]))),
    ...(p.arxiv ? { arxiv: p.arxiv } : {}),
    ...(p.doi ? { doi: p.doi } : {}),
    topics: p.topics,
    links: p.links,
    ...(p.listed ? { listed: p.listed } : {}),
    hasAbstract: p.hasAbstract,
    source: p.source,
  }));
  return new Response(`${JSON.stringify({ count: list.length, papers: list }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
