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

let loading: Promise<PagefindApi> | undefined;

/** Loads the Pagefind bundle from `<base>pagefind/` once, on first use. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 30, highlightParam: HIGHLIGHT_PARAM, ranking: RANKING });
    return api;
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
