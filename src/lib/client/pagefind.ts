import { TITLE_WORDS } from '../search/title-words.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** The subset of Pagefind's browser API that the site uses. */
export interface PagefindResultData {
  url: string;
  /** HTML-escaped text with `<mark>` around matched words. */
  excerpt: string;
  /** The page's indexed text, and the positions of the matched words in it (counted in words). */
  content: string;
  locations: number[];
  meta: Record<string, string>;
  /** The result title as HTML: escaped, math as text, words of the query in `<mark>`. */
  title: string;
  /** Filter values of the page (`year`, `venue`, `author`, ...). */
  filters: Record<string, string[]>;
}
/** Counts per filter value: `{ topic: { Vision: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /** Counts among the results for the current filters. */
  filters: FilterCounts;
  /** Counts among the results without the filters. */
  totalFilters: FilterCounts;
}
export interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
  /** Like `search`, but resolves to null when a newer call superseded it within `ms`. */
  debouncedSearch(query: string | null, options?: PagefindSearchOptions, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
}

export { HIGHLIGHT_PARAM };

/**
 * Pagefind's ranking, set explicitly so a change of Pagefind's defaults shows
 * up in the known-item test. Its defaults found 100% of the sample titles by
 * their first four significant words and 97-99% by two or three; lowering
 * `pageLength`, `termFrequency` or `termSaturation` changed nothing. Title
 * and authors are metadata, not body text (so excerpts never repeat them):
 * Pagefind searches them too, and a word of the title counts five times a
 * word of the abstract, which finds every sample title by three or four of
 * its words. A Chinese or Japanese title counts as much through the copy the
 * index splits into words (see search-source.ts).
 */
export const RANKING = { termFrequency: 1.0, pageLength: 0.75, termSaturation: 1.4, termSimilarity: 1.0, metaWeights: { title: 5.0, [TITLE_WORDS]: 5.0, authors: 1.0 } } as const;

type WordBreaks = typeof import('../search/segment-cjk.ts');
type Readers = typeof import('./search-readers.ts');

/** A search with no result, its filter values kept with a count of 0. */
function noResults(search: PagefindSearch): PagefindSearch {
  const zero = (counts: FilterCounts): FilterCounts =>
    Object.fromEntries(Object.entries(counts).map(([name, values]) => [name, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]));
  return { results: [], filters: zero(search.filters), totalFilters: zero(search.totalFilters) };
}

/**
 * Pagefind as readers use it: a query gets the spaces between Chinese or
 * Japanese words that the indexed text was given (see segment-cjk.ts), so
 * one word of a title finds it; excerpts lose them again and read as
 * written. The words sent on for highlighting are the segmented ones, which
 * the paper page marks inside its unspaced text. Excerpts are made by
 * excerpt.ts, titles show math as text, and a query Pagefind only matched
 * by falling back to a short prefix of one of its words (see
 * query-match.ts) finds nothing.
 */
function forReaders(api: PagefindApi, { segmentCjk, joinCjkWords }: WordBreaks, { buildExcerpt, withReadableMath, markTerms, matchesEveryTerm, wordsAt }: Readers): PagefindApi {
  const words = (query: string | null) => (query === null ? null : segmentCjk(query));
  const read = (query: string | null, data: PagefindResultData): PagefindResultData => ({
    ...data,
    excerpt: joinCjkWords(buildExcerpt(data.content, data.locations)),
    title: markTerms(withReadableMath(data.meta.title ?? data.url), query ?? ''),
  });
  // Whether a query's words all match: judged once per query, on its best result without filters.
  const verdicts = new Map<string, Promise<boolean>>();
  const matches = (query: string) => {
    let verdict = verdicts.get(query);
    if (!verdict) {
      verdict = (async () => {
        const best = (await api.search(query))?.results[0];
        if (!best) return true;
        const data = await best.data();
        return matchesEveryTerm(query, wordsAt(data.content, data.locations), `${data.meta.title ?? ''} ${data.meta.authors ?? ''}`);
      })();
      verdicts.set(query, verdict);
    }
    return verdict;
  };
  const review = async (query: string | null, search: PagefindSearch | null): Promise<PagefindSearch | null> => {
    if (!search) return null;
    if (query !== null && search.results.length > 0 && !(await matches(query))) return noResults(search);
    return { ...search, results: search.results.map((result) => ({ ...result, data: async () => read(query, await result.data()) })) };
  };
  return {
    options: (options) => api.options(options),
    filters: () => api.filters(),
    search: async (query, options) => review(words(query), await api.search(words(query), options)),
    debouncedSearch: async (query, options, ms) => review(words(query), await api.debouncedSearch(words(query), options, ms)),
  };
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads the Pagefind bundle from `<base>pagefind/` once, on first use, as
 * {@link forReaders} makes it (its modules loaded with it, not with the
 * script every page runs).
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const [api, breaks, readers] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
      import('../search/segment-cjk.ts'),
      import('./search-readers.ts'),
    ]);
    await api.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
    return forReaders(api, breaks, readers);
  })();
  return loading;
}

/** Pagefind excerpts are HTML-escaped text with `<mark>`; keeps only that, never other markup. */
export function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let mark: HTMLElement | undefined;
  const decode = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') { mark = document.createElement('mark'); fragment.append(mark); continue; }
    if (part === '</mark>') { mark = undefined; continue; }
    decode.innerHTML = part.replace(/</g, '&lt;');
    (mark ?? fragment).append(decode.value);
  }
  return fragment;
}
