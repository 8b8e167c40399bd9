/** The subset of Pagefind's browser API that the site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
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

/** The address parameter that carries matched words to a paper page, for highlighting there. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Pagefind's ranking, set explicitly so a change of Pagefind's defaults shows
 * up in the known-item test. Its defaults found 100% of the sample titles by
 * their first four significant words and 97-99% by two or three; lowering
 * `pageLength`, `termFrequency` or `termSaturation` changed nothing, and the
 * title's `data-pagefind-weight` does the rest.
 */
export const RANKING = { termFrequency: 1.0, pageLength: 0.75, termSaturation: 1.4, termSimilarity: 1.0 } as const;

type WordBreaks = typeof import('../search/segment-cjk.ts');

/**
 * Pagefind as readers use it: a query gets the spaces between Chinese or
 * Japanese words that the indexed text was given (see segment-cjk.ts), so
 * one word of a title finds it; excerpts lose them again and read as
 * written. The words sent on for highlighting are the segmented ones, which
 * the paper page marks inside its unspaced text. Other text passes unchanged.
 */
function withWordBreaks(api: PagefindApi, { segmentCjk, joinCjkWords }: WordBreaks): PagefindApi {
  const words = (query: string | null) => (query === null ? null : segmentCjk(query));
  const asWritten = (search: PagefindSearch | null): PagefindSearch | null => search && {
    ...search,
    results: search.results.map((result) => ({ ...result, data: async () => {
      const data = await result.data();
      return { ...data, excerpt: joinCjkWords(data.excerpt) };
    } })),
  };
  return {
    options: (options) => api.options(options),
    filters: () => api.filters(),
    search: async (query, options) => asWritten(await api.search(words(query), options)),
    debouncedSearch: async (query, options, ms) => asWritten(await api.debouncedSearch(words(query), options, ms)),
  };
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads the Pagefind bundle from `<base>pagefind/` once, on first use, with
 * the word breaks of {@link withWordBreaks} (loaded with it, not with the
 * script every page runs).
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const [api, breaks] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
      import('../search/segment-cjk.ts'),
    ]);
    await api.options({ baseUrl: base, excerptLength: 30, highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
    return withWordBreaks(api, breaks);
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
