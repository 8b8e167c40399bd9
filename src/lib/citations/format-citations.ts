import CSL, { type Engine } from 'citeproc';
import { fillTemplate, readTemplate, shapeOf } from './citation-template.ts';
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

/** Formats items with one engine in batches; returns each item's entry HTML by id. */
function formatBatches(engine: Engine, style: CitationStyle, ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let at = 0; at < ids.length; at += BATCH) {
    engine.updateItems(ids.slice(at, at + BATCH));
    const bibliography = engine.makeBibliography();
    if (!bibliography) throw new Error(`The citation style "${style.id}" has no bibliography; use an independent CSL style, not a dependent one.`);
    bibliography[0].entry_ids.forEach(([id], i) => out.set(id!, entryHtml(bibliography[1][i]!)));
  }
  return out;
}

/** Formats items in every style of a site; see {@link createCitationFormatter}. */
export type CitationFormatter = (items: readonly CslItem[], options?: { templates?: boolean }) => Map<string, FormattedCitation[]>;

/**
 * A formatter of CSL items in every style, with citeproc-js, at build time.
 * Engines are made once per style, on first use (`locales` maps a language
 * tag to its locale XML; `en-US` must be there), and reused; each entry comes
 * out as it would alone (see {@link singleEntryStyle}). Items of one shape
 * (the same type, names, date and numbers) are formatted once as a template
 * and filled with each item's title, venue, publisher, URL and DOI, written
 * with citeproc's own escaping and title casing (see `citation-template.ts`);
 * items a template cannot hold are formatted one by one, in batches (all of
 * them with `templates: false`). The formatter returns, per item id, its
 * citations in the order of `styles`.
 */
export function createCitationFormatter(styles: readonly CitationStyle[], locales: ReadonlyMap<string, string>): CitationFormatter {
  const byId = new Map<string, CslItem>();
  const sys = { retrieveItem: (id: string) => byId.get(id), retrieveLocale: (lang: string) => locales.get(lang) ?? locales.get('en-US')! };
  const engines = new Map<string, Engine>();
  return (items, { templates: useTemplates = true } = {}) => {
    byId.clear();
    for (const item of items) byId.set(item.id, item);
    const out = new Map<string, FormattedCitation[]>(items.map((item) => [item.id, []]));
    const shapes = items.map((item) => [item, shapeOf(item)] as const);
    for (const style of styles) {
      let engine = engines.get(style.id);
      if (!engine) engines.set(style.id, (engine = new CSL.Engine(sys, singleEntryStyle(style.xml), 'en-US')));
      // A style that strips periods would change values the template cannot see.
      const templated = !useTemplates || /strip-periods="true"/.test(style.xml) ? [] : shapes.filter(([, s]) => s !== undefined);
      const keys = new Map<string, string>();
      for (const [, s] of templated) {
        if (keys.has(s!.key)) continue;
        const id = `papershelf-shape-${keys.size}`;
        keys.set(s!.key, id);
        byId.set(id, { ...s!.shape, id });
      }
      const formed = formatBatches(engine, style, [...keys.values()]);
      const templates = new Map([...keys].map(([key, id]) => [key, readTemplate(byId.get(id)!, formed.get(id)!)]));
      const escape = CSL.Output.Formats.html.text_escape;
      // Venues and publishers recur across a library: each is title-cased once per style.
      const titled = new Map<string, string>();
      const titleCase = (text: string) => titled.get(text) ?? titled.set(text, CSL.Output.Formatters.title(engine, text)).get(text)!;
      const html = new Map<string, string>();
      for (const [item, s] of templated) {
        const filled = fillTemplate(templates.get(s!.key)!, s!.values, escape, titleCase);
        if (filled !== undefined) html.set(item.id, filled);
      }
      for (const [id, entry] of formatBatches(engine, style, items.filter((i) => !html.has(i.id)).map((i) => i.id))) html.set(id, entry);
      for (const item of items) out.get(item.id)!.push({ style: style.id, label: style.label, html: html.get(item.id)! });
      for (const id of keys.values()) byId.delete(id);
    }
    return out;
  };
}

/** Formats CSL items once in every style: {@link createCitationFormatter} for a single use. */
export function formatCitations(items: readonly CslItem[], styles: readonly CitationStyle[], locales: ReadonlyMap<string, string>): Map<string, FormattedCitation[]> {
  return createCitationFormatter(styles, locales)(items);
}
