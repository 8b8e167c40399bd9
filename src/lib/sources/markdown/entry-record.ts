/**
 * Turns one Markdown entry (its heading and the fields under it) into a
 * record: title, authors, abstract paragraphs, date, ids and links. TeX is
 * decoded later, for all records of a file at once.
 */
import { cleanInline } from '../../papers/clean-text.ts';
import { cleanList, cleanName, normalizeArxivId, normalizeDate, normalizeDoi } from '../fields.ts';
import type { RecordMetadata } from '../source-record.ts';
import type { EntryFields } from './entry-fields.ts';
import type { FieldKey } from './field-labels.ts';
import { lineText, lineTextWithUrls, type InlineLine } from './inline-lines.ts';
import { sortEntryLinks, type EntryLink } from './paper-links.ts';

/** A paper as one entry gives it, before TeX decoding; `title` may be empty. */
export interface EntryPaper extends RecordMetadata {
  title: string;
  abstract: string[];
}

/** A paragraph's lines joined into one line (hard breaks and wraps are not the author's meaning). */
const joinLines = (lines: InlineLine[], read: (line: InlineLine) => string) => cleanInline(lines.map(read).join(' '));

/** The text of a field's paragraphs, one string per non-empty paragraph. */
function paragraphs(fields: EntryFields, key: FieldKey, read = lineText): string[] {
  return (fields.fields.get(key) ?? []).map((p) => joinLines(p, read)).filter((p) => p !== '');
}

/** Author names from `A, B and C`, `A; B`, `A，B、C`, without `et al.`. */
export function splitAuthors(text: string): string[] {
  return text
    .replace(/\bet\.?\s*al\.?|\betc\.?$/gi, '')
    .split(/\s*(?:[,;，、；]|\band\b|&)\s*/)
    .map((name) => cleanName(name.replace(/[*\d†‡§¶]+$/u, '')))
    .filter((name): name is string => name !== undefined && /\p{L}/u.test(name));
}

/**
 * True for a short line of two or more personal names (`Chongke Bi, Xiaoxing
 * Liu`), which digests print under the title without a label.
 */
export function looksLikeAuthorLine(text: string): boolean {
  // Initials (`Alexander W. Bergman`) and a final full stop do not make a sentence.
  const plain = text.replace(/\bet\.?\s*al\.?/g, '').replace(/(^|[\s,.-])\p{Lu}\./gu, '$1X').replace(/\.\s*$/, '');
  if (plain.length > 600 || /[.!?]\s|[:：]/.test(plain)) return false;
  const names = splitAuthors(text.replace(/\.\s*$/, ''));
  const nameShape = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le|del|dos|bin|al)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le|del|dos|bin|al)){0,4}$/u;
  return (names.length >= 2 || /\bet\.?\s*al/.test(text)) && names.every((n) => nameShape.test(n));
}

/** The links of a field's paragraphs, tagged with the field. */
function fieldLinks(fields: EntryFields, key: FieldKey): EntryLink[] {
  return (fields.fields.get(key) ?? []).flat(2).flatMap((p) => (p.url ? [{ url: p.url, text: p.text, key }] : []));
}

const LINK_FIELDS: readonly FieldKey[] = ['title', 'paper', 'arxiv', 'pdf', 'code', 'project', 'links', 'doi'];

/**
 * The paper an entry describes. `heading` is the heading's first line (or
 * none for an entry that only has a `Title:` field). Unlabelled paragraphs
 * are the abstract when no label names one (a `TL;DR:` only when there is
 * nothing else), except a first line of names, which gives the authors.
 */
export function entryPaper(heading: InlineLine | undefined, fields: EntryFields): EntryPaper {
  const headingText = heading ? lineText(heading).replace(/^\s*\d{1,4}[.)]\s+/, '') : '';
  const title = cleanInline(headingText) || paragraphs(fields, 'title')[0] || (fieldLinks(fields, 'paper').length ? '' : paragraphs(fields, 'paper')[0] ?? '');
  const unlabelled = [...fields.unlabelled];
  let authorText = paragraphs(fields, 'authors').join(', ');
  const first = unlabelled[0] ? joinLines(unlabelled[0], lineText) : '';
  if (!authorText && looksLikeAuthorLine(first)) {
    authorText = first;
    unlabelled.shift();
  }
  const labelled = paragraphs(fields, 'abstract', lineTextWithUrls);
  const summary = paragraphs(fields, 'summary', lineTextWithUrls);
  const loose = unlabelled.map((p) => joinLines(p, lineTextWithUrls)).filter((p) => p !== '');
  // A TL;DR is the abstract only when nothing else is: an unlabelled paragraph is more likely the real one.
  const abstract = labelled.length ? labelled : loose.length ? loose : summary;
  const links: EntryLink[] = [
    ...(heading ?? []).flatMap((p) => (p.url ? [{ url: p.url, text: p.text, key: 'title' as const }] : [])),
    ...LINK_FIELDS.flatMap((key) => fieldLinks(fields, key)),
    ...fields.listLines.flat().flatMap((p) => (p.url ? [{ url: p.url, text: p.text }] : [])),
    ...(abstract === loose ? [] : unlabelled.flat(2).flatMap((p) => (p.url ? [{ url: p.url, text: p.text }] : []))),
  ];
  const sorted = sortEntryLinks(links);
  const arxiv = sorted.arxiv ?? normalizeArxivId(paragraphs(fields, 'arxiv').join(' ').match(/(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/)?.[0]);
  const doi = sorted.doi ?? normalizeDoi(paragraphs(fields, 'doi')[0]);
  const authors = splitAuthors(authorText);
  const date = normalizeDate(paragraphs(fields, 'date')[0]);
  const venue = paragraphs(fields, 'venue')[0];
  const keywords = cleanList(paragraphs(fields, 'keywords').flatMap((p) => p.split(/\s*[,;，、；]\s*/)));
  const categories = cleanList(paragraphs(fields, 'categories').flatMap((p) => p.split(/\s*[,;，、；]\s*/)));
  return {
    title,
    abstract,
    ...(authors.length ? { authors } : {}),
    ...(date ? { date } : {}),
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...(venue ? { venue } : {}),
    ...(categories ? { categories } : {}),
    ...(keywords ? { keywords } : {}),
    ...(sorted.urls ? { urls: sorted.urls } : {}),
  };
}
