import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

/** Allows everything and points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
