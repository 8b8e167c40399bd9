import type { APIRoute } from 'astro';
import { settings } from 'virtual:papershelf/config';
import { withBase } from '../lib/urls.ts';

/** Allows everything and points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(settings.base, 'sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
