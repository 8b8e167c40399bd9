import { loadPagefind, type PagefindResultData } from './pagefind.ts';

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

/** Wires the /search/ page: query from `?q=`, results as you type, topic filter. */
export async function runSearchPage(): Promise<void> {
  const base = document.getElementById('search-config')?.dataset.base ?? '/';
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const filterBox = document.querySelector<HTMLFieldSetElement>('.topic-filter')!;
  const options = filterBox.querySelector<HTMLElement>('.topic-options')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const pagefind = await loadPagefind(base);
  const topics = (await pagefind.filters()).topic ?? {};
  for (const name of Object.keys(topics).sort()) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'topic';
    box.value = name;
    box.checked = params.getAll('topic').includes(name);
    label.append(box, ` ${name}`);
    options.append(label);
  }
  filterBox.hidden = Object.keys(topics).length === 0;
  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const query = input.value.trim();
    const chosen = [...options.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    chosen.forEach((t) => next.append('topic', t));
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!query && chosen.length === 0) { list.replaceChildren(); status.textContent = ''; return; }
    const search = await pagefind.search(query || null, chosen.length ? { filters: { topic: chosen } } : {});
    if (mine !== generation || !search) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(...data.map(renderResult));
    const found = search.results.length;
    // Say when the list is cut, so the count above it never promises more than is shown.
    status.textContent = `${found} ${found === 1 ? 'paper' : 'papers'} found${found > SHOWN ? `, showing the best ${SHOWN}: add a word or pick a topic to narrow them down` : ''}`;
  };
  input.addEventListener('input', () => void run());
  options.addEventListener('change', () => void run());
  input.form?.addEventListener('submit', (e) => { e.preventDefault(); void run(); });
  await run();
}
