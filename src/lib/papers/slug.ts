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
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Cuts a slug to at most `maxBytes` UTF-8 bytes at a hyphen when possible,
 * never inside a character nor between a letter and its combining marks.
 */
export function truncateSlug(slug: string, maxBytes: number): string {
  if (encoder.encode(slug).length <= maxBytes) return slug;
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(slug)) {
    bytes += encoder.encode(segment).length;
    if (bytes > maxBytes) break;
    out += segment;
  }
  const cut = out.lastIndexOf('-');
  return (cut > maxBytes / 2 ? out.slice(0, cut) : out).replace(/-+$/, '');
}

/**
 * Turns a title into a readable URL segment: case-folded letters, marks and
 * digits of any script joined by hyphens, accents removed from Latin letters,
 * invisible and bidi characters dropped, at most {@link MAX_SLUG_BYTES} bytes.
 * Never contains two hyphens in a row, so suffixes joined with `--` cannot
 * collide with another title's slug. Returns an empty string when the title
 * has no letter or digit at all.
 */
export function slugifyTitle(title: string): string {
  const base = title
    .normalize('NFKD')
    // Zero-width, bidi and filler characters (Hangul fillers are letters, yet invisible).
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    // Accents come off Latin letters only: other scripts (Devanagari vowel signs) need their marks.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    // Lower, upper, lower folds the forms case-insensitive file systems treat as one (ẞ, ß, ς, ı).
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    // A mark with no letter before it would render as a dotted circle.
    .replace(/(^|-)\p{M}+/gu, '$1')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
  const slug = truncateSlug(base, MAX_SLUG_BYTES);
  return RESERVED.has(slug) ? `${slug}-paper` : slug;
}
