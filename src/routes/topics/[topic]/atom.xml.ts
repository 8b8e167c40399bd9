import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeed } from '../../../data/feeds.ts';
import { loadCatalog } from '../../../data/site.ts';
import { renderAtom } from '../../../lib/feeds/atom.ts';

export const getStaticPaths = (async () => (await loadCatalog()).topics.map((t) => ({ params: { topic: t.slug } }))) satisfies GetStaticPaths;

/** One topic's Atom feed. */
export const GET: APIRoute = async ({ site, params }) => {
  const { info, items } = await loadFeed('atom', site, params.topic!);
  return new Response(renderAtom(info, items), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
