import type { APIRoute } from 'astro';
import { loadFeed } from '../data/feeds.ts';
import { renderAtom } from '../lib/feeds/atom.ts';

/** The site's Atom feed, newest papers first. */
export const GET: APIRoute = async ({ site }) => {
  const { info, items } = await loadFeed('atom', site);
  return new Response(renderAtom(info, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
