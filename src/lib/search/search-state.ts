/**
 * What a search is: the words, the chosen facet values, the order and how
 * many pages of results are shown. It lives in the page address
 * (`?q=mask&topic=Vision&sort=date&page=2`) so a search can be shared,
 * bookmarked and reloaded. Pure: no DOM, no Pagefind.
 */

/** Result order: Pagefind's relevance, or by the `date` sort when the index has one. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** A search as the page address holds it. */
export interface SearchState {
  /** The words typed, trimmed; empty for a filter-only search. */
  query: string;
  /** Chosen values per Pagefind filter name (`topic`, `year`, ...), in the order chosen. */
  filters: Record<string, string[]>;
  sort: SortOrder;
  /** How many pages of results are listed, one after the other (see result-pages.ts); 1 or more. */
  page: number;
}

/** Address parameters that are not filter names. */
const RESERVED = new Set(['q', 'sort', 'page', 'highlight']);
/** How each order is written in the address: `sort=date` is newest first. */
const ORDER_PARAMS: Record<Exclude<SortOrder, 'relevance'>, string> = { newest: 'date', oldest: 'date-asc' };
/** Short address names for yes/no filters: `code=1` stands for `has code: yes`. */
const SHORT_NAMES: Record<string, string> = { 'has code': 'code' };
const LONG_NAMES = Object.fromEntries(Object.entries(SHORT_NAMES).map(([long, short]) => [short, long]));

/**
 * Reads a search from address parameters. Every parameter other than `q`,
 * `sort` and `page` is a filter; with `filterNames` only those filters are
 * kept. A `page` that is not a whole number above 1 is page 1.
 */
export function readSearchState(params: URLSearchParams, filterNames?: readonly string[]): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [param, raw] of params) {
    const name = LONG_NAMES[param] ?? param;
    const value = LONG_NAMES[param] ? (raw === '1' ? 'yes' : '') : raw;
    if (RESERVED.has(param) || !value || (filterNames && !filterNames.includes(name))) continue;
    const chosen = (filters[name] ??= []);
    if (!chosen.includes(value)) chosen.push(value);
  }
  const sort = (Object.keys(ORDER_PARAMS) as (keyof typeof ORDER_PARAMS)[]).find((o) => ORDER_PARAMS[o] === params.get('sort'));
  const page = /^\d{1,4}$/.test(params.get('page') ?? '') ? Math.max(1, Number(params.get('page'))) : 1;
  return { query: (params.get('q') ?? '').trim(), filters, sort: sort ?? 'relevance', page };
}

/**
 * Writes a search as address parameters: `q` first, filters by name (yes/no
 * filters short: `code=1`), `sort` only when not relevance (`date`,
 * `date-asc`), `page` only after the first.
 */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of Object.keys(state.filters).sort()) {
    const short = SHORT_NAMES[name];
    for (const value of state.filters[name]!) {
      if (short) { if (value === 'yes') params.set(short, '1'); } else params.append(name, value);
    }
  }
  if (state.sort !== 'relevance') params.set('sort', ORDER_PARAMS[state.sort]);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/**
 * How a change of search goes into the browser history: a new entry when
 * the filters or the order change, so Back undoes them one by one; the same
 * entry, rewritten, when only the words or the number of pages shown change
 * (a letter typed, more results shown); nothing when the address stays.
 */
export function historyStep(before: SearchState, after: SearchState): 'push' | 'replace' | 'none' {
  if (writeSearchState(before).toString() === writeSearchState(after).toString()) return 'none';
  const choices = (s: SearchState) => writeSearchState({ ...s, query: '', page: 1 }).toString();
  return choices(before) === choices(after) ? 'replace' : 'push';
}

/** The search without one chosen filter value, from its first page. */
export function withoutFilter(state: SearchState, name: string, value: string): SearchState {
  const filters = { ...state.filters, [name]: (state.filters[name] ?? []).filter((v) => v !== value) };
  if (filters[name]!.length === 0) delete filters[name];
  return { ...state, filters, page: 1 };
}

/** True when the search asks for nothing: no words and no filter. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && Object.values(state.filters).every((v) => v.length === 0);
}

/** Pagefind search options: values of one facet combine with OR, facets with AND. */
export function toPagefindOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length) filters[name] = { any: values };
  // Two sort keys so that undated papers come last both ways (see searchFacets).
  return state.sort === 'relevance' ? { filters } : { filters, sort: state.sort === 'newest' ? { date: 'desc' } : { oldest: 'asc' } };
}
