import { findMath } from '../math/find-math.ts';
import { escapeBibtexUrl, escapeBibtexValue } from './escape-bibtex.ts';

/** The BibTeX entry types papershelf writes. */
export type BibtexType = 'article' | 'inproceedings' | 'incollection' | 'book' | 'phdthesis' | 'techreport' | 'misc';

/** What a BibTeX entry says about a paper; optional fields appear only when known. */
export interface BibtexEntry {
  /** Entry type; `misc` when omitted. */
  type?: BibtexType | undefined;
  key: string;
  /** Title; `$...$` math in it is written as TeX math, everything else escaped. */
  title: string;
  /** Authors as "First Last" or "Last, First". */
  authors?: readonly string[] | undefined;
  /** Editors of the proceedings or book, likewise. */
  editors?: readonly string[] | undefined;
  /** Names among authors and editors that are organisations: braced, so BibTeX keeps each one name. */
  organizations?: readonly string[] | undefined;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string | undefined;
  /** Journal of an `@article`. */
  journal?: string | undefined;
  /** Proceedings or book title of an `@inproceedings` or `@incollection`. */
  booktitle?: string | undefined;
  /** Venue of an entry whose type is unknown (`@misc`). */
  howpublished?: string | undefined;
  volume?: string | undefined;
  number?: string | undefined;
  /** Page range with `-`, `--` or a dash between the pages; written with `--`. */
  pages?: string | undefined;
  /** Publisher; written as `school` of a thesis and `institution` of a report. */
  publisher?: string | undefined;
  doi?: string | undefined;
  /** arXiv identifier, written as `eprint` with `archivePrefix`. */
  arxiv?: string | undefined;
  /** The paper page on this site. */
  url: string;
  /** Free text, for example the listing date the source gave. */
  note?: string | undefined;
}

/** True when every `{` in the text has its `}` and none closes early. */
function balanced(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex[i] === '\\') i++;
    else if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Escapes a title for a braced field, keeping its math as `$...$` so LaTeX
 * typesets it as math; math whose braces do not balance (it would end the
 * value early) is escaped like text. `%` in math would start a comment.
 */
export function escapeBibtexTitle(title: string): string {
  const parts: string[] = [];
  let at = 0;
  // Text between math keeps a space at its edges, which escaping alone would trim.
  const text = (t: string) => (/^\s/.test(t) ? ' ' : '') + escapeBibtexValue(t) + (/\S\s+$/.test(t) ? ' ' : '');
  for (const span of findMath(title)) {
    const tex = span.tex.replace(/\s+/g, ' ').trim();
    if (!tex || !balanced(tex) || tex.includes('\\begin')) continue;
    parts.push(text(title.slice(at, span.start)), `$${tex.replace(/(?<!\\)%/g, '\\%')}$`);
    at = span.end;
  }
  parts.push(text(title.slice(at)));
  return parts.join('').replace(/ {2,}/g, ' ').trim();
}

/** A name list joined by ` and `, organisations (and names holding " and ") braced so each stays one name. */
function nameList(names: readonly string[], organizations: readonly string[] = []): string {
  return names.map((n) => (organizations.includes(n) || /\sand\s/i.test(n) ? `{${escapeBibtexValue(n)}}` : escapeBibtexValue(n))).join(' and ');
}

/** Which field holds the publisher for each type. */
const PUBLISHER_FIELD: Partial<Record<BibtexType, string>> = { phdthesis: 'school', techreport: 'institution' };

/**
 * Renders one entry of its type (`@misc` when none). Fields in a fixed
 * order, one per line, values escaped by {@link escapeBibtexValue} (titles by
 * {@link escapeBibtexTitle}), so the entry parses back to the same text with
 * any BibTeX parser.
 */
export function renderBibtex(entry: BibtexEntry): string {
  const type = entry.type ?? 'misc';
  const fields: [string, string | undefined][] = [
    ['title', escapeBibtexTitle(entry.title)],
    ['author', entry.authors?.length ? nameList(entry.authors, entry.organizations) : undefined],
    ['editor', entry.editors?.length ? nameList(entry.editors, entry.organizations) : undefined],
    ['journal', entry.journal],
    ['booktitle', entry.booktitle],
    ['howpublished', entry.howpublished],
    ['volume', entry.volume],
    ['number', entry.number],
    ['pages', entry.pages?.split(/\s*[-\u2010-\u2015]+\s*/).map(escapeBibtexValue).join('--')],
    [PUBLISHER_FIELD[type] ?? 'publisher', entry.publisher],
    ['year', entry.date?.slice(0, 4)],
    ['month', entry.date && entry.date.length >= 7 ? String(Number(entry.date.slice(5, 7))) : undefined],
    ['doi', entry.doi === undefined ? undefined : escapeBibtexUrl(entry.doi)],
    ['eprint', entry.arxiv === undefined ? undefined : escapeBibtexUrl(entry.arxiv)],
    ['archivePrefix', entry.arxiv === undefined ? undefined : 'arXiv'],
    ['url', escapeBibtexUrl(entry.url)],
    ['note', entry.note],
  ];
  const plain = new Set(['title', 'author', 'editor', 'pages', 'doi', 'eprint', 'url']);
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([name, value]) => `  ${name} = {${plain.has(name) ? value : escapeBibtexValue(value)}}`)
    .join(',\n');
  return `@${type}{${entry.key},\n${body}\n}\n`;
}
