/**
 * Renders generated page bodies with the same Markdown and MDX processors the
 * site uses (Sätteri, with the features set in astro.config.mjs), so tests see
 * what a reader sees instead of trusting the escaper's own idea of Markdown.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { htmlToHast, mdxToHast, mdxToJs, type HastNode } from 'satteri';

/** Paper pages: Astro's Markdown path, no GFM, no smart punctuation. */
const MARKDOWN_FEATURES = { gfm: false, smartPunctuation: false } as const;
/** Hand-written notes: the MDX integration, GFM on, no smart punctuation. */
const MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, features: MARKDOWN_FEATURES });

/** Renders a page body to HTML exactly as the paper loader's `renderMarkdown` does. */
export async function renderMarkdownHtml(body: string): Promise<string> {
  return (await processor.render(body, {})).code;
}

/** Compiles a body as MDX to JavaScript; throws on any MDX syntax error. */
export function compileMdx(body: string): string {
  return mdxToJs(body, { features: MDX_FEATURES }).code;
}

/** Collects the text of a hast tree, and the `href` of every link, in document order. */
function collect(node: HastNode, out: { text: string; hrefs: string[]; tags: string[] }): void {
  const n = node as { type: string; value?: unknown; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };
  if (n.type === 'text' && typeof n.value === 'string') out.text += n.value;
  // MDX expressions and JSX would be code, not text: record them so tests can fail on them.
  if (n.type.startsWith('mdx')) out.tags.push(n.type);
  if (n.type === 'raw') out.tags.push('raw');
  if (n.type === 'element' && n.tagName) {
    out.tags.push(n.tagName);
    if (n.tagName === 'a' && typeof n.properties?.href === 'string') out.hrefs.push(n.properties.href);
  }
  for (const child of n.children ?? []) {
    collect(child, out);
    if ((child as { tagName?: string }).tagName === 'p') out.text += '\n';
  }
}

/** What a reader of rendered output sees: text (entities decoded), link targets and element names. */
export interface Visible {
  text: string;
  hrefs: string[];
  tags: string[];
}

/** Parses HTML with a real HTML parser (so entities are decoded) and returns what is visible. */
export function visibleFromHtml(html: string): Visible {
  const out = { text: '', hrefs: [] as string[], tags: [] as string[] };
  collect(htmlToHast(html, { fragment: true }), out);
  return out;
}

/** Parses a body as MDX (GFM on, as for notes) and returns what would be visible. */
export function visibleFromMdx(body: string): Visible {
  const out = { text: '', hrefs: [] as string[], tags: [] as string[] };
  collect(mdxToHast(body, { features: MDX_FEATURES, position: false }), out);
  return out;
}

/** Folds runs of white space into one space and trims, as a browser shows text. */
export function foldVisible(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
