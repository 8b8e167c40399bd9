/** Longest slug in UTF-8 bytes; keeps paths well under every OS's name limit. */
export const MAX_SLUG_BYTES = 80;

/**
 * Names the site uses for its own routes and files, and names Windows reserves
 * for devices. A title that slugifies to one of them gets `-paper` appended.
 */
const RESERVED = new Set([
  'index', 'search', '404', '500', 'topics', 'papers', 'page', 'feed', 'rss', 'atom',
  'sitemap', 'robots', 'pagefind', '_astro', 'con', 'prn', 'aux', 'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

const encoder = new TextEncoder();

/** Cuts a slug to at most `maxBytes` UTF-8 bytes at a hyphen when possible, never inside a character. */
function truncateSlug(slug: string, maxBytes: number): string {
  if (encoder.encode(slug).length <= maxBytes) return slug;
  let out = '';
  for (const char of slug) {
    if (encoder.encode(out + char).length > maxBytes) break;
    out += char;
  }
  const cut = out.lastIndexOf('-');
  return (cut > maxBytes / 2 ? out.slice(0, cut) : out).replace(/-+$/, '');
}

/**
 * Turns a title into a readable URL segment: lowercase letters and digits of
 * any script joined by hyphens, accents removed from Latin letters, invisible
 * and bidi characters dropped, at most {@link MAX_SLUG_BYTES} bytes.
 * Returns an empty string when the title has no letter or digit at all.
 */
export function slugifyTitle(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
  const slug = truncateSlug(base, MAX_SLUG_BYTES);
  return RESERVED.has(slug) ? `${slug}-paper` : slug;
}
