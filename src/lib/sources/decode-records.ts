import { markupToPlainText } from '../papers/abstract-markup.ts';
import { cleanInline, cleanMarkedParagraphs } from '../papers/clean-text.ts';
import { cleanList, cleanName } from './fields.ts';
import { htmlToParagraphText, inlineHtmlToText } from './html-text.ts';
import { decodeLatexMarkup } from './latex-text.ts';
import type { SourceRecord } from './source-record.ts';

/** How a format's text is read after its TeX is decoded: as it is, or as the little HTML of CSL-JSON and Crossref. */
export type TextKind = 'text' | 'html';

/** A decoded value as one line of plain text. */
const inline = (value: string, kind: TextKind) => cleanInline(markupToPlainText(kind === 'html' ? inlineHtmlToText(value) : value));

/**
 * Decodes the text-mode TeX of the titles, abstracts, author names and venues
 * of records read from one file, in one batch (see `decodeLatexMarkup`), then,
 * for `html`, their tags and entities. Titles, names and venues become plain
 * text; abstracts keep their markup (emphasis, lists). TeX is decoded first
 * because its decoder drops any markup character the input holds, which the
 * HTML reading then adds from the tags.
 */
export function decodeRecordText(records: readonly SourceRecord[], kind: TextKind = 'text'): SourceRecord[] {
  const values = records.flatMap((r) => [r.title, r.abstract.join('\n\n'), r.venue ?? '', ...(r.authors ?? [])]);
  // Outside BibTeX a brace is TeX only next to a command; `{x}` is text.
  const decoded = decodeLatexMarkup(values, 'text');
  let next = 0;
  return records.map((record) => {
    const [title = '', abstract = '', venue = ''] = decoded.slice(next, next + 3);
    const authors = decoded.slice(next + 3, next + 3 + (record.authors?.length ?? 0));
    next += 3 + authors.length;
    const { venue: _venue, authors: _authors, ...rest } = record;
    const out: SourceRecord = { ...rest, title: inline(title, kind), abstract: cleanMarkedParagraphs(kind === 'html' ? htmlToParagraphText(abstract) : abstract) };
    const decodedVenue = record.venue === undefined ? undefined : inline(venue, kind) || undefined;
    const decodedAuthors = record.authors === undefined ? undefined : cleanList(authors.map((a) => cleanName(inline(a, kind))));
    return { ...out, ...(decodedVenue === undefined ? {} : { venue: decodedVenue }), ...(decodedAuthors === undefined ? {} : { authors: decodedAuthors }) };
  });
}
