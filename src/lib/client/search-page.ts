import { describeResults, lastPage, moreLabel, shownCount } from '../search/result-pages.ts';
import { historyStep, isEmptySearch, readSearchState, toPagefindOptions, withoutFilter, writeSearchState, type SearchState } from '../search/search-state.ts';
import { loadPagefind, safeExcerpt, type PagefindResultData } from './pagefind.ts';
import { chosenFilters, facetCounts, renderFacets, setChosen, updateCounts } from './search-facets.ts';

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.append(safeExcerpt(data.title));
  a.dir = 'auto';
  li.append(a);
  if (data.excerpt) {
    const p = document.createElement('p');
    p.dir = 'auto';
    p.append(safeExcerpt(data.excerpt));
    li.append(p);
  }
  return li;
}

/** The address of this page for a search. */
function addressOf(state: SearchState): string {
  const params = writeSearchState(state);
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}

/** A button that drops one chosen filter value. */
function dropButton(name: string, value: string, drop: () => void): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Remove ${name}: ${value}`;
  button.addEventListener('click', drop);
  li.append(button);
  return li;
}

/**
 * Wires the /search/ page: the search from the address, results as you
 * type, pages of results shown one after the other, facets with counts,
 * order, help when nothing is found, and one history entry per change of
 * filter or order (Back undoes it).
 */
export async function runSearchPage(): Promise<void> {
  const base = document.getElementById('search-config')?.dataset.base ?? '/';
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const more = document.querySelector<HTMLButtonElement>('.more-results')!;
  const help = document.querySelector<HTMLElement>('.no-results')!;
  const drops = help.querySelector<HTMLElement>('.drop-filters')!;
  const facets = document.querySelector<HTMLDetailsElement>('.facets')!;
  const groups = facets.querySelector<HTMLElement>('.facet-groups')!;
  const summary = facets.querySelector<HTMLElement>('.facet-summary')!;
  const sortRow = document.querySelector<HTMLElement>('.sort-row')!;
  const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
  // Show the words at once; Pagefind and the filter names arrive a moment later.
  input.value = readSearchState(new URLSearchParams(location.search)).query;
  input.focus();
  const pagefind = await loadPagefind(base);
  const all = await pagefind.filters();
  const fromAddress = () => ({ ...readSearchState(new URLSearchParams(location.search), Object.keys(all)), ...(sortRow.dataset.dated === 'true' ? {} : { sort: 'relevance' as const }) });
  let state: SearchState = { ...fromAddress(), query: input.value.trim() };
  renderFacets(groups, all, state);
  const hasFacets = Object.keys(all).length > 0;
  // Open beside the results on a wide screen; folded on a phone, where it would push the results below the fold.
  facets.open = matchMedia('(min-width: 48rem)').matches || Object.keys(state.filters).length > 0;
  // Paper pages always carry a date sort (undated ones last); the page says whether any paper has a date.
  sortRow.hidden = sortRow.dataset.dated !== 'true';
  sort.value = state.sort;

  let generation = 0;
  /** Lists the results of `state`; with `append`, only the page just asked for is added to the list. */
  const show = async (append = false) => {
    const mine = ++generation;
    const picked = Object.values(state.filters).flat().length;
    summary.textContent = picked ? `(${picked} chosen)` : '';
    if (isEmptySearch(state)) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = help.hidden = true;
      facets.hidden = !hasFacets;
      updateCounts(groups, all);
      return;
    }
    const search = await pagefind.search(state.query || null, toPagefindOptions(state));
    if (mine !== generation || !search) return;
    const found = search.results.length;
    // An address asking for more pages than there are lists them all and says so.
    if (state.page > lastPage(found)) {
      state = { ...state, page: lastPage(found) };
      history.replaceState(null, '', addressOf(state));
    }
    const shown = shownCount(found, state.page);
    const from = append ? list.childElementCount : 0;
    const data = await Promise.all(search.results.slice(from, shown).map((r) => r.data()));
    if (mine !== generation) return;
    const items = data.map(renderResult);
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    const label = moreLabel(found, shown);
    more.hidden = !label;
    more.textContent = label ?? '';
    // Nothing found: help, which can drop the chosen filters, instead of a panel of empty ones.
    help.hidden = found > 0;
    help.querySelector('h2')!.textContent = state.query ? `No paper matches “${state.query}”` : 'No paper matches these filters';
    facets.hidden = !hasFacets || found === 0;
    drops.replaceChildren(...Object.entries(state.filters).flatMap(([name, values]) => values.map((v) => dropButton(name, v, () => change(withoutFilter(state, name, v))))));
    drops.hidden = picked === 0;
    updateCounts(groups, await facetCounts(pagefind, state, search.filters));
    if (mine !== generation) return;
    status.textContent = describeResults(found, shown);
    // The reader asked for more: go on reading at the first new result.
    if (append) items[0]?.querySelector('a')?.focus();
  };
  /** Makes `next` the search, in the address as {@link historyStep} says, and shows it. */
  const change = (next: SearchState, append = false) => {
    const step = historyStep(state, next);
    if (step === 'push') history.pushState(null, '', addressOf(next));
    else if (step === 'replace') history.replaceState(null, '', addressOf(next));
    state = next;
    setChosen(groups, state.filters);
    void show(append && step !== 'none');
  };
  const fromControls = (): SearchState => ({ query: input.value.trim(), filters: chosenFilters(groups), sort: sort.value as SearchState['sort'], page: 1 });
  input.addEventListener('input', () => change(fromControls()));
  groups.addEventListener('change', () => change(fromControls()));
  sort.addEventListener('change', () => change(fromControls()));
  more.addEventListener('click', () => change({ ...state, page: state.page + 1 }, true));
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    change({ ...fromControls(), page: state.page });
  });
  window.addEventListener('popstate', () => {
    state = fromAddress();
    input.value = state.query;
    sort.value = state.sort;
    setChosen(groups, state.filters);
    void show();
  });
  await show();
}
