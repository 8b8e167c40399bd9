/**
 * What a search is: the words, the chosen facet values and the order. It lives
 * in the page address (`?q=mask&topic=Vision&sort=newest`) so a search can be
 * shared, bookmarked and reloaded. Pure: no DOM, no Pagefind.
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
}

/** Address parameters that are not filter names. */
const RESERVED = new Set(['q', 'sort', 'highlight']);
/** How each order is written in the address: `sort=date` is newest first. */
const ORDER_PARAMS: Record<Exclude<SortOrder, 'relevance'>, string> = { newest: 'date', oldest: 'date-asc' };
/** Short address names for yes/no filters: `code=1` stands for `has code: yes`. */
const SHORT_NAMES: Record<string, string> = { 'has code': 'code' };
const LONG_NAMES = Object.fromEntries(Object.entries(SHORT_NAMES).map(([long, short]) => [short, long]));

/**
 * Reads a search from address parameters. Every parameter other than `q` and
 * `sort` is a filter; with `filterNames` only those filters are kept.
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
  return { query: (params.get('q') ?? '').trim(), filters, sort: sort ?? 'relevance' };
}

/**
 * Writes a search as address parameters: `q` first, filters by name (yes/no
 * filters short: `code=1`), `sort` only when not relevance (`date`, `date-asc`).
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
  return params;
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
