import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { isEmptySearch, pagefindOptions, readSearchState, writeSearchState, type SearchState } from './search-state.ts';

/** Pagefind excerpts are HTML-escaped text with `<mark>`; keep only that. */
function safeExcerpt(html: string): DocumentFragment {
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

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  a.dir = 'auto';
  const p = document.createElement('p');
  p.append(safeExcerpt(data.excerpt));
  li.append(a, p);
  return li;
}

/** How many results the page lists at most. */
const SHOWN = 20;

/** Fills the year list (newest first) and shows the year and code controls when the index has those filters. */
function setUpFacets(filters: Record<string, Record<string, number>>, state: SearchState): void {
  const facets = document.querySelector<HTMLElement>('.search-facets')!;
  const year = document.querySelector<HTMLSelectElement>('#search-year')!;
  const years = Object.keys(filters.year ?? {}).sort().reverse();
  for (const y of years) year.append(new Option(y, y, false, y === state.year));
  year.closest('label')!.hidden = years.length === 0;
  const code = document.querySelector<HTMLInputElement>('#search-code')!;
  code.checked = state.hasCode;
  code.closest('label')!.hidden = !filters['has code'];
  document.querySelector<HTMLSelectElement>('#search-sort')!.value = state.newestFirst ? 'date' : '';
  facets.hidden = false;
}

/** Wires the /search/ page: query from `?q=`, results as you type, topic, year and code filters, newest first. */
export async function runSearchPage(): Promise<void> {
  const base = document.getElementById('search-config')?.dataset.base ?? '/';
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const filterBox = document.querySelector<HTMLFieldSetElement>('.topic-filter')!;
  const options = filterBox.querySelector<HTMLElement>('.topic-options')!;
  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.query;
  const pagefind = await loadPagefind(base);
  const allFilters = await pagefind.filters();
  const topics = allFilters.topic ?? {};
  for (const name of Object.keys(topics).sort()) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'topic';
    box.value = name;
    box.checked = initial.topics.includes(name);
    label.append(box, ` ${name}`);
    options.append(label);
  }
  filterBox.hidden = Object.keys(topics).length === 0;
  setUpFacets(allFilters, initial);
  const current = (): SearchState => ({
    query: input.value,
    topics: [...options.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value),
    year: document.querySelector<HTMLSelectElement>('#search-year')!.value,
    hasCode: document.querySelector<HTMLInputElement>('#search-code')!.checked,
    newestFirst: document.querySelector<HTMLSelectElement>('#search-sort')!.value === 'date',
  });
  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const state = current();
    const next = writeSearchState(state);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (isEmptySearch(state)) { list.replaceChildren(); status.textContent = ''; return; }
    const search = await pagefind.search(state.query.trim() || null, pagefindOptions(state));
    if (mine !== generation || !search) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    const found = search.results.length;
    // Say when the list is cut, so the count above it never promises more than is shown.
    status.textContent = `${found} ${found === 1 ? 'paper' : 'papers'} found${found > SHOWN ? `, showing the best ${SHOWN}: add a word or pick a topic to narrow them down` : ''}`;
  };
  input.addEventListener('input', () => void run());
  input.form?.addEventListener('change', (e) => { if (e.target !== input) void run(); });
  input.form?.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  await run();
}
