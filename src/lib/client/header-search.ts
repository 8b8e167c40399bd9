import { loadPagefind, safeExcerpt, type PagefindResultData } from './pagefind.ts';

/** How many results the header list shows; the last option leads to the full search page. */
const SHOWN = 6;

/**
 * Turns the header search field into a combobox (WAI-ARIA 1.2 pattern):
 * results as you type in a listbox under it, arrows to move, Enter to open
 * (Ctrl or ⌘+Enter in a new tab), Escape to close. Each option is a link, so
 * it can also be opened in a new tab or copied like any other. Without this
 * module the form still submits to the search page. Loaded on first use by
 * the header's bootstrap script.
 */
export function enhanceHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const base = form.dataset.base ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('.header-search-status')!;
  let options: { link: HTMLAnchorElement; url: string }[] = [];
  let active = -1;
  let generation = 0;

  const setActive = (index: number) => {
    active = index;
    options.forEach((o, i) => o.link.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.link.id);
      current.link.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (isOpen: boolean) => {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };
  const option = (id: string, url: string, content: (Node | string)[]): { link: HTMLAnchorElement; url: string } => {
    // The link is the option: the list item around it is only structure.
    const link = document.createElement('a');
    link.id = id;
    link.href = url;
    link.tabIndex = -1;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.append(...content);
    // mousedown would blur the field first and close the list before the click lands.
    link.addEventListener('mousedown', (e) => e.preventDefault());
    return { link, url };
  };
  const render = (query: string, data: PagefindResultData[], found: number) => {
    options = data.map((d, i) => {
      const title = document.createElement('span');
      title.className = 'option-title';
      title.dir = 'auto';
      title.append(safeExcerpt(d.title));
      const excerpt = document.createElement('span');
      excerpt.className = 'option-excerpt';
      excerpt.dir = 'auto';
      excerpt.append(safeExcerpt(d.excerpt));
      return option(`header-option-${i}`, d.url, [title, excerpt]);
    });
    const all = document.createElement('span');
    all.className = 'option-all';
    all.textContent = found > 0 ? `All ${found} results for “${query}”` : `No paper matches “${query}”: open the search page`;
    options.push(option('header-option-all', `${base}search/?q=${encodeURIComponent(query)}`, [all]));
    list.replaceChildren(...options.map((o) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      li.append(o.link);
      return li;
    }));
    status.textContent = `${found} ${found === 1 ? 'result' : 'results'}`;
    open(true);
  };
  const run = async () => {
    const mine = ++generation;
    const query = input.value.trim();
    if (!query) { list.replaceChildren(); status.textContent = ''; open(false); return; }
    const pagefind = await loadPagefind(base);
    const search = await pagefind.debouncedSearch(query, {}, 120);
    if (!search || mine !== generation) return;
    const data = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    if (mine !== generation) return;
    render(query, data, search.results.length);
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => { if (list.childElementCount) open(true); });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('keydown', (e) => {
    const count = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      if (list.hidden) open(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (e.key === 'Enter' && !list.hidden && options[active]) {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) window.open(options[active]!.url, '_blank', 'noopener');
      else location.assign(options[active]!.url);
    } else if (e.key === 'Escape') {
      // First Escape closes the list, a second one clears the field (as a search field does).
      if (!list.hidden) { e.preventDefault(); open(false); }
    }
  });
  void run();
}
