import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from 'virtual:papershelf/config';
import { siteSitemap } from './sitemap.xml.ts';

/** One part per `sitemap-<n>.xml` that `sitemap.xml` points to; none while one file lists every page. */
export const getStaticPaths = (async () => {
  // getStaticPaths gets no `site`: the settings give it.
  const [, ...parts] = await siteSitemap(settings.site);
  return parts.map((part, i) => ({ params: { n: String(i + 1) }, props: { xml: part.xml } }));
}) satisfies GetStaticPaths;

/** `sitemap-<n>.xml`: the pages of one part of a sitemap too big for one file. */
export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': 'application/xml' } });
