import matter from 'gray-matter';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';

/** The MDX features hand-written notes are compiled with (GFM on, no smart punctuation): the site's and the search's. */
export const NOTE_MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };

/** Imports and `{expressions}` are code, not words; a component is replaced by what was written inside it. */
function wordsOnly(node: Node): Node[] {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
  const children = (node.children ?? []).flatMap(wordsOnly);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return children;
  // Attributes carry no words a reader sees, and an author's data-pagefind-* ones must not steer the index.
  if (node.type === 'element') return [{ type: 'element', tagName: node.tagName!, properties: {}, children }];
  return [{ ...node, ...(node.children ? { children } : {}) }];
}

/**
 * The note part of a paper's search page, from the note's MDX source: its
 * heading and its text as the page shows them, so the note is searched
 * without indexing the built page after Astro (which meant writing the whole
 * search bundle a second time). Words a component adds on its own (a
 * callout's title given as an attribute) are not in the source's text and
 * are not searched; the words written inside the component are.
 */
export function noteSearchHtml(source: string): string {
  const tree = mdxToHast(matter(source).content, { features: NOTE_MDX_FEATURES, position: false }) as unknown as Node;
  const root = { type: 'root', children: (tree.children ?? []).flatMap(wordsOnly) };
  return `<section><h2>Notes</h2>${toHtml(root as unknown as Parameters<typeof toHtml>[0])}</section>`;
}
