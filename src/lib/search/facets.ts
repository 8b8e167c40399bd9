/** How facets are named and ordered on the search page. Pure. */

/** Filters shown first, in this order; any other filter Pagefind reports follows by name. */
const FIRST = ['topic', 'year', 'has code', 'venue', 'author'];

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

/** Facets with a value per person or venue: hundreds on a big site, so only the most used are shown at first. */
const FOLDED = new Set(['author', 'venue']);

/** How many values of a folded facet are shown before "More". */
export const SHOWN_VALUES = 10;

/**
 * The values of a facet to show at once and those folded under "More": for
 * `author` and `venue` with more than {@link SHOWN_VALUES} values, the most
 * used first (then by name) plus every chosen one; the rest A–Z. Other
 * facets show all their values in {@link orderValues} order.
 */
export function splitValues(name: string, counts: Readonly<Record<string, number>>, chosen: readonly string[] = []): { shown: string[]; more: string[] } {
  const values = Object.keys(counts);
  if (!FOLDED.has(name) || values.length <= SHOWN_VALUES) return { shown: orderValues(values), more: [] };
  const byUse = [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
  const shown = new Set([...byUse.slice(0, SHOWN_VALUES), ...chosen.filter((v) => v in counts)]);
  return { shown: byUse.filter((v) => shown.has(v)), more: orderValues(values.filter((v) => !shown.has(v))) };
}
