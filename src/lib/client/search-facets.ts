import { facetLabel, orderFacets, splitValues } from '../search/facets.ts';
import { toPagefindOptions, type SearchState } from '../search/search-state.ts';
import type { FilterCounts, PagefindApi } from './pagefind.ts';

/**
 * The filter panel of the search page: a fieldset of checkboxes per filter,
 * their counts, and reading and setting what is chosen.
 */

/** One fieldset of checkboxes per filter Pagefind reports (topic, year, has code, venue, ...). */
export function renderFacets(box: HTMLElement, all: FilterCounts, state: SearchState): void {
  const groups = orderFacets(Object.keys(all)).map((name) => {
    // A yes/no filter (has code) is one checkbox named after it.
    if (Object.keys(all[name]!).join() === 'yes') {
      const box = document.createElement('div');
      box.className = 'facet';
      box.append(facetOption(name, 'yes', facetLabel(name), state));
      return box;
    }
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'facet';
    fieldset.dataset.facet = name;
    const legend = document.createElement('legend');
    legend.textContent = facetLabel(name);
    fieldset.append(legend);
    const { shown, more } = splitValues(name, all[name]!, state.filters[name]);
    for (const value of shown) fieldset.append(facetOption(name, value, value, state));
    // Hundreds of authors or venues stay one click away instead of filling the panel.
    if (more.length > 0) {
      const rest = document.createElement('details');
      rest.className = 'facet-more';
      const label = document.createElement('summary');
      label.textContent = `${more.length} more`;
      rest.append(label, ...more.map((value) => facetOption(name, value, value, state)));
      fieldset.append(rest);
    }
    return fieldset;
  });
  box.replaceChildren(...groups);
}

/** One checkbox with its text and a place for its count. */
function facetOption(name: string, value: string, text: string, state: SearchState): HTMLLabelElement {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  box.checked = state.filters[name]?.includes(value) ?? false;
  const span = document.createElement('span');
  span.dir = 'auto';
  span.textContent = text;
  const count = document.createElement('span');
  count.className = 'count';
  label.append(box, span, count);
  return label;
}

/** Writes each value's count; a value with no result left is dimmed but stays, so choices never jump. */
export function updateCounts(box: HTMLElement, counts: FilterCounts): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const n = counts[input.name]?.[input.value] ?? 0;
    const count = input.parentElement!.querySelector<HTMLElement>('.count')!;
    count.textContent = `(${n})`;
    input.parentElement!.classList.toggle('empty', n === 0 && !input.checked);
  }
}

/**
 * Counts per value as a reader expects when values of one facet combine with
 * OR: a facet with chosen values is counted without its own choice (so its
 * other values show what adding them would bring), the rest with all choices.
 */
export async function facetCounts(pagefind: PagefindApi, state: SearchState, counts: FilterCounts): Promise<FilterCounts> {
  const result: FilterCounts = { ...counts };
  for (const name of Object.keys(state.filters)) {
    const others: SearchState = { ...state, filters: { ...state.filters, [name]: [] } };
    const search = await pagefind.search(state.query || null, toPagefindOptions(others));
    if (search) result[name] = search.filters[name] ?? {};
  }
  return result;
}

/** The chosen values per filter, in the order of the panel. */
export function chosenFilters(box: HTMLElement): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const input of box.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[input.name] ??= []).push(input.value);
  return chosen;
}

/** Checks exactly the values `filters` names (after Back or Forward). */
export function setChosen(box: HTMLElement, filters: Record<string, string[]>): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = filters[input.name]?.includes(input.value) ?? false;
}
