/** How facets are named and ordered on the search page. Pure. */

/** Filters shown first, in this order; any other filter Pagefind reports follows by name. */
const FIRST = ['topic', 'year', 'has code', 'venue'];

/** Facet names in display order. */
export function orderFacets(names: readonly string[]): string[] {
  const rank = (n: string) => (FIRST.includes(n) ? FIRST.indexOf(n) : FIRST.length);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** A facet's heading: the filter name with a capital first letter (`has code` → `Has code`). */
export function facetLabel(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Values in display order: numbers (years) newest first, everything else alphabetically. */
export function orderValues(values: readonly string[]): string[] {
  const numeric = values.length > 0 && values.every((v) => /^\d+$/.test(v));
  return [...values].sort(numeric ? (a, b) => Number(b) - Number(a) : (a, b) => a.localeCompare(b));
}
