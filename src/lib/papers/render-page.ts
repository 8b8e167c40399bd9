import matter from 'gray-matter';
import { load } from 'js-yaml';
import YAML from 'yaml';
import type { PaperData } from '../paper-schema.ts';

/** Fixed key order, so the same paper always gives the same bytes. */
const KEY_ORDER: (keyof PaperData)[] = [
  'title', 'slug', 'authors', 'date', 'venue', 'kind', 'volume', 'issue', 'pages', 'publisher', 'editors',
  'organizations', 'citeKey', 'arxiv', 'doi', 'categories', 'keywords',
  'topics', 'links', 'selected', 'listed', 'hasAbstract', 'snippet', 'source',
];

/**
 * Characters the `yaml` writer leaves raw inside double quotes that YAML 1.1
 * readers mishandle: NEL, U+2028 and U+2029 are line breaks there (folded into
 * a space), DEL, C1 controls and U+FFFE/U+FFFF are not printable (rejected
 * outright), and U+FEFF may be taken for a byte-order mark and dropped. Every
 * YAML version reads the `\uXXXX` escape.
 */
const UNSAFE_FOR_YAML_1_1 = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g;

/**
 * YAML writer for front matter. Every string is double-quoted with escapes, so
 * values such as `null`, `NO`, `1.10`, `: ` or a leading quote read back as the
 * same strings under YAML 1.1 and 1.2 parsers alike.
 */
const yamlEngine = {
  // Reading back uses js-yaml: several times faster than `yaml` on the plain
  // double-quoted front matter written here, which matters at 10,000 pages.
  parse: (input: string): object => (load(input) ?? {}) as object,
  stringify: (data: object): string =>
    YAML.stringify(data, {
      defaultStringType: 'QUOTE_DOUBLE',
      defaultKeyType: 'PLAIN',
      lineWidth: 0,
      doubleQuotedAsJSON: true,
      // Keys are plain ASCII and every string is double-quoted, so these can only occur inside quotes.
    }).replace(UNSAFE_FOR_YAML_1_1, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
};

// gray-matter's option type is generic over itself; a plain object is what it reads.
const MATTER_OPTIONS = { language: 'yaml', engines: { yaml: yamlEngine } } as Parameters<typeof matter>[1] & object;

/** Returns the front matter in {@link KEY_ORDER}, omitting absent optional keys. */
function orderKeys(data: PaperData): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  return ordered;
}

/**
 * Renders a complete `.mdx` paper page: YAML front matter written by
 * gray-matter, then the escaped abstract as the body. Ends with one newline.
 */
export function renderPaperPage(data: PaperData, body: string): string {
  const text = matter.stringify(body ? `${body}\n` : '', orderKeys(data), MATTER_OPTIONS);
  // gray-matter leaves a blank line after the closing fence when the body is empty.
  return `${text.replace(/\n*$/, '')}\n`;
}

/** Reads a page written by {@link renderPaperPage} back into front matter and body. */
export function parsePaperPage(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(text, MATTER_OPTIONS);
  return { data: parsed.data, body: parsed.content };
}
