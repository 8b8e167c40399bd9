import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, cleanParagraphs } from '../papers/clean-text.ts';
import { findUrls } from '../papers/links.ts';
import { decodeXmlText } from '../xml.ts';
import { decodeRecordText } from './decode-records.ts';
import { cleanList, cleanName, lineIndex, normalizeArxivId, normalizeDate, normalizeDoi, sortUrls } from './fields.ts';
import { missingAbstract, readError, skippedRecord, type ReaderResult } from './reader-result.ts';
import type { SourceRecord } from './source-record.ts';

/** Namespace prefixes are removed (`arxiv:doi` → `doi`); repeated elements always arrays. */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: false,
  // Entities are decoded by decodeXmlText, the project's one entity decoder, exactly once.
  processEntities: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

type Text = string | { '#text'?: string } | undefined;
interface AtomEntry {
  id?: Text;
  title?: Text;
  summary?: Text;
  published?: Text;
  author?: { name?: Text }[];
  link?: { href?: string; rel?: string; title?: string }[];
  category?: { term?: string }[];
  primary_category?: { term?: string };
  doi?: Text;
  journal_ref?: Text;
  comment?: Text;
}

/** The text of an element, whether it has attributes or not. */
const textOf = (value: Text): string => decodeXmlText(typeof value === 'string' ? value : (value?.['#text'] ?? ''));

/** Turns one Atom entry into a record. */
function toRecord(entry: AtomEntry, file: string, line: number): SourceRecord {
  const links = entry.link ?? [];
  const comment = cleanInline(textOf(entry.comment));
  const meta = {
    authors: cleanList((entry.author ?? []).map((a) => cleanName(textOf(a.name)))),
    date: normalizeDate(textOf(entry.published)),
    arxiv: normalizeArxivId(textOf(entry.id)),
    doi: normalizeDoi(textOf(entry.doi)),
    venue: cleanInline(textOf(entry.journal_ref)) || undefined,
    // Without a journal reference the paper is known only as the preprint.
    kind: textOf(entry.journal_ref).trim() ? undefined : ('preprint' as const),
    categories: cleanList([entry.primary_category?.term, ...(entry.category ?? []).map((c) => c.term)]),
    // The author's comment often says where the code or the project page is.
    urls: sortUrls([...findUrls(comment).map((u) => u.url), ...links.filter((l) => l.rel === 'related' && l.title !== 'doi' && l.title !== 'pdf').map((l) => decodeXmlText(l.href ?? ''))]),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { title: cleanInline(textOf(entry.title)), abstract: cleanParagraphs(textOf(entry.summary)), file, line, ...defined };
}

/**
 * Parses an arXiv API response (Atom XML): one record per `<entry>`, with
 * titles and summaries unwrapped, entities and TeX decoded. Malformed XML is one
 * error at the line the XML parser names; nothing from such a file is used.
 */
export function parseArxivAtom(text: string, file: string): ReaderResult {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const { message, line, col } = error as Error & { line?: number; col?: number };
    return { records: [], diagnostics: [{ ...readError(file, line ?? 1, 'atom-syntax', `${message.replace(/\.$/, '')}. The file is not well-formed XML: download the arXiv API response again.`), column: col ?? 1 }] };
  }
  const feed = (parser.parse(text) as { feed?: { entry?: AtomEntry[] } }).feed;
  if (!feed) return { records: [], diagnostics: [readError(file, 1, 'atom-not-feed', 'This XML file is not an Atom feed (no <feed> element). Save the arXiv API response as it is, or move the file out of content/sources/.')] };
  // The XML parser gives no positions; entries are found in the text in the same order.
  const lineAt = lineIndex(text);
  const lines = [...text.matchAll(/<(?:\w+:)?entry[\s>]/g)].map((m) => lineAt(m.index));
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  (feed.entry ?? []).forEach((entry, i) => {
    const record = toRecord(entry, file, lines[i] ?? 1);
    // The arXiv API answers an unknown id with an entry titled "Error".
    if (!record.title || (record.title === 'Error' && /api\/errors/.test(textOf(entry.id)))) {
      diagnostics.push(skippedRecord(file, record.line, 'atom-entry-invalid', `This entry has no title${record.title ? ' (it is an arXiv API error)' : ''}`, 'Remove it or download the response again.'));
      return;
    }
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'atom-no-abstract', 'Add a <summary> to the entry'));
    records.push(record);
  });
  return { records: decodeRecordText(records), diagnostics };
}
