import { facetLabel, orderFacets, splitValues } from '../search/facets.ts';
import { isEmptySearch, readSearchState, toPagefindOptions, writeSearchState, type SearchState } from '../search/search-state.ts';
import { loadPagefind, safeExcerpt, type FilterCounts, type PagefindApi, type PagefindResultData } from './pagefind.ts';

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  a.dir = 'auto';
  const p = document.createElement('p');
  p.dir = 'auto';
  p.append(safeExcerpt(data.excerpt));
  li.append(a, p);
  return li;
}

/** How many results the page lists at most. */
const SHOWN = 20;

/** One fieldset of checkboxes per filter Pagefind reports (topic, year, has code, venue, ...). */
function renderFacets(box: HTMLElement, all: FilterCounts, state: SearchState): void {
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
function updateCounts(box: HTMLElement, counts: FilterCounts): void {
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
async function facetCounts(pagefind: PagefindApi, state: SearchState, counts: FilterCounts): Promise<FilterCounts> {
  const result: FilterCounts = { ...counts };
  for (const name of Object.keys(state.filters)) {
    const others: SearchState = { ...state, filters: { ...state.filters, [name]: [] } };
    const search = await pagefind.search(state.query || null, toPagefindOptions(others));
    if (search) result[name] = search.filters[name] ?? {};
  }
  return result;
}

/** Wires the /search/ page: the search from the address, results as you type, facets with counts, order. */
export async function runSearchPage(): Promise<void> {
  const base = document.getElementById('search-config')?.dataset.base ?? '/';
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const facets = document.querySelector<HTMLDetailsElement>('.facets')!;
  const groups = facets.querySelector<HTMLElement>('.facet-groups')!;
  const summary = facets.querySelector<HTMLElement>('.facet-summary')!;
  const sortRow = document.querySelector<HTMLElement>('.sort-row')!;
  const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
  // Show the words at once; Pagefind and the filter names arrive a moment later.
  input.value = readSearchState(new URLSearchParams(location.search)).query;
  const pagefind = await loadPagefind(base);
  const all = await pagefind.filters();
  let state = { ...readSearchState(new URLSearchParams(location.search), Object.keys(all)), query: input.value.trim() };
  renderFacets(groups, all, state);
  facets.hidden = Object.keys(all).length === 0;
  // Open beside the results on a wide screen; folded on a phone, where it would push the results below the fold.
  facets.open = matchMedia('(min-width: 48rem)').matches || Object.keys(state.filters).length > 0;
  // Paper pages always carry a date sort (undated ones last); the page says whether any paper has a date.
  sortRow.hidden = sortRow.dataset.dated !== 'true';
  if (sortRow.hidden) state = { ...state, sort: 'relevance' };
  sort.value = state.sort;

  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const chosen: Record<string, string[]> = {};
    for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= []).push(box.value);
    state = { query: input.value.trim(), filters: chosen, sort: sort.value as SearchState['sort'] };
    const params = writeSearchState(state);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    const picked = Object.values(chosen).flat().length;
    summary.textContent = picked ? `(${picked} chosen)` : '';
    if (isEmptySearch(state)) { list.replaceChildren(); status.textContent = ''; updateCounts(groups, all); return; }
    const search = await pagefind.search(state.query || null, toPagefindOptions(state));
    if (mine !== generation || !search) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    updateCounts(groups, await facetCounts(pagefind, state, search.filters));
    if (mine !== generation) return;
    const found = search.results.length;
    // Say when the list is cut, so the count above it never promises more than is shown.
    status.textContent = `${found} ${found === 1 ? 'paper' : 'papers'} found${found > SHOWN ? `, showing the best ${SHOWN}: add a word or pick a filter to narrow them down` : ''}`;
  };
  input.addEventListener('input', () => void run());
  groups.addEventListener('change', () => void run());
  sort.addEventListener('change', () => void run());
  input.form?.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  await run();
}
