import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/** What the highlighter leaves alone: what search ignores, except the paper title. */
const IGNORED_BUT_TITLE = ['[data-pagefind-ignore]:not(h1)', '[data-pagefind-ignore]:not(h1) *'];

/** True when a key press happens while the reader types somewhere. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Wires the header search on every page, at no cost until it is used: `/`
 * and Ctrl/⌘+K focus the field; the first focus loads the results-as-you-type
 * module (and, with it, Pagefind). On a page opened from a search result
 * (`?highlight=...`) it loads Pagefind's highlighter to mark the matched words.
 */
export function bootSearch(): void {
  const form = document.querySelector<HTMLFormElement>('.header-search');
  // The search page has no header search: the keys focus its own box.
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]') ?? document.querySelector<HTMLInputElement>('#search-q');
  if (!input) return;
  if (form) input.addEventListener('focus', () => void import('./header-search.ts').then((m) => m.enhanceHeaderSearch(form)), { once: true });
  document.addEventListener('keydown', (e) => {
    const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
    if (!ctrlK && !(e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target))) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    const base = form?.dataset.base ?? document.getElementById('search-config')?.dataset.base ?? '/';
    void import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`).then(
      // The title is left out of the indexed text (it is result metadata) but is where a title word is: mark it too.
      ({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'pagefind-highlight', exclude: IGNORED_BUT_TITLE } }),
    );
  }
}
