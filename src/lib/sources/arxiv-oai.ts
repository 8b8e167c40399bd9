import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, cleanParagraphs } from '../papers/clean-text.ts';
import { findUrls } from '../papers/links.ts';
import { decodeRecordText } from './decode-records.ts';
import { cleanList, cleanName, normalizeArxivId, normalizeDate, normalizeDoi, sortUrls } from './fields.ts';
import { jsonErrorPlace, jsonErrorReason } from './json-positions.ts';
import { missingAbstract, readError, skippedRecord, type ReaderResult } from './reader-result.ts';
import type { SourceRecord } from './source-record.ts';

/** One line of the arXiv OAI metadata snapshot (Kaggle's `arxiv-metadata-oai-snapshot.json`). */
export interface OaiRecord {
  id?: string;
  title?: string;
  authors?: string;
  authors_parsed?: string[][];
  abstract?: string;
  categories?: string;
  doi?: string | null;
  'journal-ref'?: string | null;
  comments?: string | null;
  versions?: { created?: string }[];
  update_date?: string;
}

/** True when a parsed JSON value looks like an OAI snapshot record. */
export function isOaiRecord(value: unknown): value is OaiRecord {
  if (typeof value !== 'object' || value === null || !('id' in value) || !('title' in value)) return false;
  return ('authors' in value && typeof value.authors === 'string') || ('versions' in value && Array.isArray(value.versions)) || 'authors_parsed' in value;
}

/** `authors_parsed` is `[last, first, suffix]`; the `authors` string is the fallback. */
function authorsOf(r: OaiRecord): string[] | undefined {
  if (Array.isArray(r.authors_parsed) && r.authors_parsed.length > 0) {
    return cleanList(r.authors_parsed.map((p) => cleanName([p[1], p[0], p[2]].filter(Boolean).join(' '))));
  }
  return cleanList((r.authors ?? '').split(/,\s*|\s+and\s+/).map((a) => cleanName(a)));
}

/** Turns one OAI object into a record, its TeX not yet decoded; the first version's date is the paper's date. */
function readOaiRecord(r: OaiRecord, file: string, line: number): SourceRecord {
  const meta = {
    authors: authorsOf(r),
    date: normalizeDate(r.versions?.[0]?.created ?? r.update_date),
    arxiv: normalizeArxivId(r.id),
    doi: normalizeDoi(r.doi ?? undefined),
    venue: cleanInline(r['journal-ref'] ?? '') || undefined,
    // Without a journal reference the paper is known only as the preprint.
    kind: r['journal-ref']?.trim() ? undefined : ('preprint' as const),
    categories: cleanList((r.categories ?? '').split(/\s+/)),
    urls: sortUrls(findUrls(cleanInline(r.comments ?? '')).map((u) => u.url)),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return { title: cleanInline(String(r.title ?? '')), abstract: cleanParagraphs(String(r.abstract ?? '')), file, line, ...defined };
}

/** Turns one OAI object into a record with its TeX decoded. */
export function oaiToRecord(r: OaiRecord, file: string, line: number): SourceRecord {
  return decodeRecordText([readOaiRecord(r, file, line)])[0]!;
}

/**
 * Parses arXiv OAI metadata as JSON lines, one record per non-blank line.
 * A line that is not JSON is an error at that line and the column where it
 * breaks; a line that is not an object with an id and a title is a warning
 * and is skipped. The other lines are still read.
 */
export function parseArxivOai(text: string, file: string): ReaderResult {
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const { column } = jsonErrorPlace(raw, error);
      diagnostics.push({ ...readError(file, line, 'jsonl-syntax', `This line is not valid JSON (${jsonErrorReason(error)}). Each line must be one complete JSON object.`), column });
      return;
    }
    const record = isOaiRecord(value) ? readOaiRecord(value, file, line) : undefined;
    if (!record?.title) {
      diagnostics.push(skippedRecord(file, line, 'oai-record-invalid', 'This line is not an arXiv metadata record with a title (it needs "id" and "title")', 'Fix or remove the line.'));
      return;
    }
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'oai-no-abstract', 'Add an "abstract" to the line'));
    records.push(record);
  });
  // TeX is decoded for the whole file at once, which is much faster than line by line.
  return { records: decodeRecordText(records), diagnostics };
}
