/** What the search page asks for: the words, the chosen filters and the order. */
export interface SearchState {
  query: string;
  /** Topic names (Pagefind's `topic` filter values). */
  topics: string[];
  /** A year, or empty for any year. */
  year: string;
  /** Only papers that link code. */
  hasCode: boolean;
  /** Newest first instead of best match. */
  newestFirst: boolean;
}

/** Reads the state from the page address: `?q=...&topic=...&year=2024&code=1&sort=date`. */
export function readSearchState(params: URLSearchParams): SearchState {
  return {
    query: params.get('q') ?? '',
    topics: params.getAll('topic'),
    year: params.get('year') ?? '',
    hasCode: params.get('code') === '1',
    newestFirst: params.get('sort') === 'date',
  };
}

/** Writes the state as address parameters, leaving out what is not chosen, so addresses stay short and shareable. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  state.topics.forEach((t) => params.append('topic', t));
  if (state.year) params.set('year', state.year);
  if (state.hasCode) params.set('code', '1');
  if (state.newestFirst) params.set('sort', 'date');
  return params;
}

/** True when nothing narrows the search (no words, no filter): the page then lists nothing rather than everything. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query.trim() && state.topics.length === 0 && !state.year && !state.hasCode;
}

/**
 * Pagefind search options for the state. The filter and sort names match the
 * `data-pagefind-filter` and `data-pagefind-sort` attributes of paper pages;
 * every paper page has a date sort key (undated ones sort last).
 */
export function pagefindOptions(state: SearchState): { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string[]> = {};
  if (state.topics.length) filters.topic = state.topics;
  if (state.year) filters.year = [state.year];
  if (state.hasCode) filters['has code'] = ['yes'];
  return { ...(Object.keys(filters).length ? { filters } : {}), ...(state.newestFirst ? { sort: { date: 'desc' } } : {}) };
}
