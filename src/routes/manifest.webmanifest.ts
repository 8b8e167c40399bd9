import type { APIRoute } from 'astro';
import { settings } from 'virtual:papershelf/config';
import { SITE } from '../data/site.ts';
import { withBase } from '../lib/urls.ts';

/** The web app manifest: installable, starting and staying under the base path. */
export const GET: APIRoute = () => {
  const at = (path: string) => withBase(settings.base, path);
  const manifest = {
    name: SITE.title,
    short_name: SITE.title.slice(0, 12),
    description: SITE.description,
    id: at(''),
    start_url: at(''),
    scope: at(''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b57a4',
    icons: [
      { src: at('icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: at('icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
      { src: at('icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: at('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
