import type { APIRoute } from 'astro';
import { loadFeed } from '../data/feeds.ts';
import { renderJsonFeed } from '../lib/feeds/json-feed.ts';

/** The site's JSON Feed 1.1, newest papers first. */
export const GET: APIRoute = async ({ site }) => {
  const { info, items } = await loadFeed('json', site);
  return new Response(renderJsonFeed(info, items), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
