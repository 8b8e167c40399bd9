import { codeToHtml } from 'shiki';

/**
 * Highlights BibTeX at build time with Shiki, in both themes at once: every
 * token carries `--shiki-light` and `--shiki-dark` custom properties and no
 * colour of its own (`defaultColor: false`), so the shared stylesheet picks
 * one by the site's theme and no script runs in the browser.
 */
export function highlightBibtex(code: string): Promise<string> {
  return codeToHtml(code, { lang: 'bibtex', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
}
