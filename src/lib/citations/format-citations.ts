import CSL, { type Engine } from 'citeproc';
import type { CslItem } from './csl-item.ts';

/** A CSL style as the site offers it. */
export interface CitationStyle {
  /** File name without `.csl` (`apa`); the `data-style` of its citations. */
  id: string;
  /** Short label on the page (`APA`). */
  label: string;
  /** The style's CSL XML. */
  xml: string;
}

/** One paper's citation in one style. */
export interface FormattedCitation {
  style: string;
  label: string;
  /** The bibliography entry as citeproc's HTML (`<i>`, `<b>`, `<span>`), without the entry's wrapper or number. */
  html: string;
}

/**
 * A style made for one entry at a time: sorting, disambiguation against other
 * entries (year suffixes, added names) and subsequent-author dashes only mean
 * something in a list of several works, and cost citeproc most of its time.
 * Without them each entry comes out as it would alone, whatever else is
 * formatted in the same batch.
 */
export function singleEntryStyle(xml: string): string {
  return xml
    .replace(/<sort>[\s\S]*?<\/sort>/g, '')
    .replace(/\s(?:disambiguate-add-givenname|disambiguate-add-names|disambiguate-add-year-suffix|givenname-disambiguation-rule|subsequent-author-substitute(?:-rule)?|collapse)="[^"]*"/g, '');
}

/**
 * The HTML of one entry: citeproc's `csl-entry` wrapper dropped, and a
 * numeric style's label (`[1]`, which is only the entry's place in this
 * batch) left out.
 */
function entryHtml(entry: string): string {
  return entry
    .replace(/<div class="csl-left-margin">[\s\S]*?<\/div>/, '')
    .replace(/^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/, '$1')
    .replace(/^\s*<div class="csl-right-inline">([\s\S]*)<\/div>\s*$/, '$1')
    .trim();
}

/** Items formatted per engine call: a batch costs citeproc far less per item than one call each. */
const BATCH = 200;

/**
 * Formats CSL items in every style with citeproc-js, at build time. Engines
 * are made once per style (`locales` maps a language tag to its locale XML;
 * `en-US` must be there) and reused; items are formatted in batches, each
 * entry as it would be alone (see {@link singleEntryStyle}). Returns, per
 * item id, its citations in the order of `styles`.
 */
export function formatCitations(items: readonly CslItem[], styles: readonly CitationStyle[], locales: ReadonlyMap<string, string>): Map<string, FormattedCitation[]> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const sys = { retrieveItem: (id: string) => byId.get(id), retrieveLocale: (lang: string) => locales.get(lang) ?? locales.get('en-US')! };
  const out = new Map<string, FormattedCitation[]>(items.map((item) => [item.id, []]));
  for (const style of styles) {
    const engine: Engine = new CSL.Engine(sys, singleEntryStyle(style.xml), 'en-US');
    for (let at = 0; at < items.length; at += BATCH) {
      engine.updateItems(items.slice(at, at + BATCH).map((item) => item.id));
      const bibliography = engine.makeBibliography();
      if (!bibliography) throw new Error(`The citation style "${style.id}" has no bibliography; use an independent CSL style, not a dependent one.`);
      bibliography[0].entry_ids.forEach(([id], i) => out.get(id!)?.push({ style: style.id, label: style.label, html: entryHtml(bibliography[1][i]!) }));
    }
  }
  return out;
}
