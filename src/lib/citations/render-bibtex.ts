import { escapeBibtexUrl, escapeBibtexValue } from './escape-bibtex.ts';

/** What a BibTeX entry says about a paper; optional fields appear only when known. */
export interface BibtexEntry {
  key: string;
  title: string;
  /** Authors as "First Last" or "Last, First". */
  authors?: readonly string[] | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | undefined;
  doi?: string | undefined;
  /** arXiv identifier, written as biblatex's `eprint` with `archiveprefix`. */
  arxiv?: string | undefined;
  /** Journal, proceedings or other venue. */
  venue?: string | undefined;
  /** The paper page on this site. */
  url: string;
  /** Free text, for example the listing date the source gave. */
  note?: string | undefined;
}

/**
 * Renders one `@misc` entry (the type for works known by title and URL).
 * Fields in a fixed order, values escaped by {@link escapeBibtexValue}, so
 * the entry parses back to the same text with any BibTeX parser.
 */
export function renderBibtex(entry: BibtexEntry): string {
  const fields: [string, string][] = [['title', escapeBibtexValue(entry.title)]];
  // A name holding " and " (an organisation) is braced, or BibTeX would split it into two people.
  const name = (n: string) => (/\sand\s/i.test(n) ? `{${escapeBibtexValue(n)}}` : escapeBibtexValue(n));
  if (entry.authors?.length) fields.push(['author', entry.authors.map(name).join(' and ')]);
  if (entry.venue) fields.push(['howpublished', escapeBibtexValue(entry.venue)]);
  if (entry.date) {
    fields.push(['year', entry.date.slice(0, 4)]);
    if (entry.date.length >= 7) fields.push(['month', String(Number(entry.date.slice(5, 7)))]);
  }
  if (entry.doi) fields.push(['doi', escapeBibtexUrl(entry.doi)]);
  if (entry.arxiv) fields.push(['eprint', escapeBibtexUrl(entry.arxiv)], ['archiveprefix', 'arXiv']);
  fields.push(['url', escapeBibtexUrl(entry.url)]);
  if (entry.note) fields.push(['note', escapeBibtexValue(entry.note)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${entry.key},\n${body}\n}\n`;
}
