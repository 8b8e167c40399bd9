import { parse, type Entry, type Options } from '@retorquere/bibtex-parser';
import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, cleanMarkedParagraphs } from '../papers/clean-text.ts';
import { cleanList, lineIndex, normalizeArxivId, normalizeDate, normalizeDoi, sortUrls } from './fields.ts';
import { markupToPlainText } from '../papers/abstract-markup.ts';
import { unionLinks, type LinkKind } from '../papers/link-kinds.ts';
import { decodeLatexMarkup } from './latex-text.ts';
import { bibtexCitationFields, creatorName, inheritFromProceedingsFile, isDonorVolume } from './bibtex-citation.ts';
import type { SourceRecord } from './source-record.ts';
import { missingAbstract, skippedRecord, type ReaderResult } from './reader-result.ts';

/** Link fields named as academic-site themes (al-folio and others) name them, with the kind of link each gives. */
const LINK_FIELDS: readonly [string, LinkKind][] = [
  ['pdf', 'pdf'], ['slides', 'slides'], ['poster', 'poster'], ['video', 'video'],
  ['supp', 'supplement'], ['blog', 'blog'], ['html', 'html'],
];

/**
 * Title and abstract are read verbatim and decoded by {@link decodeLatexMarkup},
 * which keeps math as math; the parser's own decoding would flatten it to
 * Unicode approximations. Everything else is decoded by the parser.
 */
const OPTIONS: Options = {
  sentenceCase: false,
  english: false,
  caseProtection: false,
  unsupported: 'ignore',
  // A paper's `crossref` parent gives it booktitle, year, editors and the rest, as BibTeX would.
  applyCrossRef: true,
  verbatimFields: ['title', 'abstract', 'doi', 'url', 'eprint', 'file', /^keywords$/, 'code', 'github', 'project', 'homepage', 'website', ...LINK_FIELDS.map(([name]) => name)],
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date from `date`, or `year` with `month` (number or `jan`..`dec`). */
function entryDate(f: Entry['fields']): string | undefined {
  if (f.date) return normalizeDate(f.date);
  if (!f.year) return undefined;
  const month = f.month ? (MONTHS.indexOf(f.month.trim().slice(0, 3).toLowerCase()) + 1 || Number(f.month) || 0) : 0;
  return normalizeDate(month ? `${f.year.trim()}-${month}` : f.year);
}

/** The arXiv id from `eprint` (when the archive is arXiv or unnamed), the URL, or a Google Scholar style journal. */
function entryArxiv(f: Entry['fields']): string | undefined {
  const archive = (f.archiveprefix ?? f.eprinttype ?? '').toLowerCase();
  if (f.eprint && (archive === 'arxiv' || archive === '')) return normalizeArxivId(f.eprint);
  for (const value of [f.url, f.journal, f.note]) {
    if (value && /arxiv/i.test(value)) return normalizeArxivId(value);
  }
  return undefined;
}

/** Turns one parsed entry into a record, given its decoded title and abstract. */
function toRecord(entry: Entry, title: string, abstract: string, file: string, line: number): SourceRecord {
  const f = entry.fields;
  const venue = cleanInline(f.journal ?? f.journaltitle ?? f.booktitle ?? '');
  const meta = {
    authors: cleanList(f.author?.map(creatorName)),
    date: entryDate(f),
    arxiv: entryArxiv(f),
    doi: normalizeDoi(f.doi),
    // "arXiv preprint arXiv:2301.01234" (Google Scholar) names no venue.
    venue: venue && !/^arxiv\b/i.test(venue) ? venue : undefined,
    categories: cleanList(f.primaryclass ? [f.primaryclass] : undefined),
    keywords: cleanList(f.keywords),
    // al-folio and other academic themes mark the papers for the home page with `selected = {true}`.
    selected: /^\s*(?:true|yes)\s*$/i.test(f.selected ?? '') ? (true as const) : undefined,
    ...bibtexCitationFields(entry, Boolean(venue && !/^arxiv\b/i.test(venue))),
    urls: unionLinks(
      sortUrls([f.code, f.github, f.url && !/arxiv\.org|doi\.org/i.test(f.url) ? f.url : undefined, f.project, f.homepage, f.website]),
      ...LINK_FIELDS.map(([name, kind]) => sortUrls([f[name]], kind)),
    ),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { title: cleanInline(markupToPlainText(title)), abstract: cleanMarkedParagraphs(abstract), file, line, ...defined };
}

/**
 * Parses a BibTeX file as Zotero, Better BibTeX, JabRef and publishers export
 * it, with the parser Better BibTeX itself uses. Every entry with a title is a
 * paper; `@string`, `@comment` and `@preamble` are honoured, not papers.
 * Syntax errors are reported with the line of the entry they are in; the
 * other entries are still read.
 */
export function parseBibtex(text: string, file: string): ReaderResult {
  const library = parse(text, OPTIONS);
  const lineAt = lineIndex(text);
  const diagnostics: Diagnostic[] = library.errors.map((error) => {
    const at = error.input ? text.indexOf(error.input.trim()) : -1;
    const where = /at line (\d+)(?:, column (\d+))?/.exec(error.error);
    const line = at >= 0 ? lineAt(at) : where ? Number(where[1]) : 0;
    // The parser's column when it names the place; the entry's start when the place is the entry's.
    const column = at >= 0 ? at - text.lastIndexOf('\n', at - 1) : where?.[2] ? Number(where[2]) : undefined;
    const reason = error.error.replace(/ at line \d+, column \d+/, '');
    return { file, line, ...(column === undefined ? {} : { column }), severity: 'error', rule: 'bibtex-syntax', message: `${reason}. Fix the entry (every { needs its }, fields are separated by commas) and build again.` };
  });
  const entries = library.entries.filter((e) => e.input !== '' && Object.keys(e.fields).length > 0);
  const decoded = decodeLatexMarkup(entries.flatMap((e) => [e.fields.title ?? '', e.fields.abstract ?? '']));
  const volume = inheritFromProceedingsFile(entries);
  const records: SourceRecord[] = [];
  let cursor = 0;
  entries.forEach((entry, i) => {
    const at = text.indexOf(entry.input, cursor);
    cursor = at >= 0 ? at + entry.input.length : cursor;
    const line = at >= 0 ? lineAt(at) : 0;
    if (isDonorVolume(entry, volume)) {
      diagnostics.push({ file, line, severity: 'info', rule: 'bibtex-volume', message: `Entry "${entry.key}" is the volume its papers take their booktitle, year and editors from, not a paper; it gets no page of its own.` });
      return;
    }
    const record = toRecord(entry, decoded[2 * i] ?? '', decoded[2 * i + 1] ?? '', file, line);
    if (!record.title) {
      diagnostics.push(skippedRecord(file, line, 'bibtex-no-title', `Entry "${entry.key}" has no title`, 'Add a title field to include it.'));
      return;
    }
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'bibtex-no-abstract', 'Add an abstract field'));
    records.push(record);
  });
  return { records, diagnostics };
}
