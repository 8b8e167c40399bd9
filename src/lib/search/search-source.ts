import { escapeHtml } from '../math/render-math.ts';
import type { PaperData } from '../paper-schema.ts';
import { markupToPlainText } from '../papers/abstract-markup.ts';
import { searchFacetTags } from '../papers/paper-meta.ts';
import { cjkLanguage } from './segment-cjk.ts';
import { TITLE_WORDS } from './title-words.ts';

export { TITLE_WORDS };

/** What the search index holds of one paper. */
export interface SearchSourcePaper {
  data: PaperData;
  /** Abstract paragraphs as plain text (math as its TeX source, like the page's hidden math source). */
  abstract: readonly string[];
  /** Display names of the paper's topics, in its order: the search page's topic filter values. */
  topicNames: readonly string[];
  /** Names of the paper's people, as the paper page's author filter gives them. */
  authorNames?: readonly string[];
  /** The hand-written note's part of the page, when the paper has one (see note-search-html.ts). */
  noteHtml?: string | undefined;
}

/**
 * Path of a paper's search page inside the search source folder. It mirrors
 * where Astro writes the paper page, so Pagefind gives it the same address.
 */
export function searchSourcePath(slug: string): string {
  return `papers/${slug}/index.html`;
}

/**
 * A minimal HTML page holding exactly what the paper page gives Pagefind: the
 * title and the authors as result metadata (searched, the title weighted, but
 * not body text, so excerpts come from the abstract alone), the abstract, and
 * the topic, year, has-code, venue and author filters and date sort. The build indexes these
 * small pages while Astro renders the real ones, instead of parsing every
 * 14 KB page after it; the attributes match those on the paper page, so
 * results, filters and sorting are the same. The abstract is text; math
 * stays TeX, which is what the page's hidden math source indexes too.
 */
export function searchSourcePage({ data, abstract, topicNames, authorNames = [], noteHtml }: SearchSourcePaper): string {
  const parts = [
    // The result title is given as an attribute, which the word breaks of segment-cjk.ts leave as written.
    // Metadata inside an ignored element still counts (Pagefind indexes and searches it as metadata).
    // Without an abstract the title is the page's only text, and Pagefind leaves a page with no body text out.
    `<h1${data.hasAbstract ? ' data-pagefind-ignore' : ''} data-pagefind-meta="title:${escapeHtml(data.title)}">${escapeHtml(data.title)}</h1>`,
    // An attribute gets no word breaks: a Chinese or Japanese title is also given as text, which does.
    ...(cjkLanguage(data.title) ? [`<span hidden data-pagefind-ignore data-pagefind-meta="${TITLE_WORDS}">${escapeHtml(data.title)}</span>`] : []),
    ...(data.authors ? [`<p data-pagefind-ignore data-pagefind-meta="authors">${escapeHtml(data.authors.join(', '))}</p>`] : []),
    ...abstract.map((paragraph) => `<p>${escapeHtml(markupToPlainText(paragraph))}</p>`),
    ...(noteHtml ? [noteHtml] : []),
    // Filter values only, like the page's topic links: not words of the paper.
    `<p data-pagefind-ignore>${topicNames.map((name) => `<span data-pagefind-filter="topic">${escapeHtml(name)}</span>`).join('')}</p>`,
    searchFacetTags(data, authorNames),
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head><body><article data-pagefind-body>${parts.join('')}</article></body></html>\n`;
}
