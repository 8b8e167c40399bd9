import type { Diagnostic } from '../diagnostics.ts';
import { isOaiRecord, oaiToRecord, parseArxivOai } from './arxiv-oai.ts';
import { cslToRecord, isCslItem } from './csl-json.ts';
import { hfToRecord, isHfDailyPaper } from './hugging-face.ts';
import { arrayItemLines, jsonErrorPlace, jsonErrorReason } from './json-positions.ts';
import { pythonDictLine, pythonToJsonLinesCommand } from './python-dict.ts';
import { missingAbstract, readError, skippedRecord, type ReaderResult } from './reader-result.ts';
import type { SourceRecord } from './source-record.ts';

/** Reads one item of any JSON format papershelf knows; undefined when it is none of them. */
function toRecord(item: unknown, file: string, line: number): SourceRecord | undefined {
  if (isHfDailyPaper(item)) return hfToRecord(item, file, line);
  if (isOaiRecord(item)) return oaiToRecord(item, file, line);
  if (isCslItem(item)) return cslToRecord(item, file, line);
  return undefined;
}

/** Fields that mark an item as a bibliographic record even when its title is missing (a CSL web page from Manubot or Zotero). */
const RECORD_FIELDS = ['type', 'DOI', 'URL', 'issued', 'author', 'authors', 'abstract', 'paper'];

/** A short description of an item for a message: its type and identifier, or its keys. */
function describeItem(item: unknown): string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `a ${item === null ? 'null' : Array.isArray(item) ? 'list' : typeof item}`;
  const fields = item as Record<string, unknown>;
  const named = [fields.type, fields.DOI ?? fields.URL ?? fields.id].filter((v) => typeof v === 'string' || typeof v === 'number');
  return named.length > 0 ? named.map((v) => `"${String(v).slice(0, 80)}"`).join(' ') : `keys: ${Object.keys(fields).slice(0, 6).join(', ') || 'none'}`;
}

/** The warning for an item that makes no page: a record without a title, or no paper at all. */
function skippedItem(item: unknown, file: string, line: number): Diagnostic {
  const isRecord = typeof item === 'object' && item !== null && RECORD_FIELDS.some((f) => f in item);
  return isRecord
    ? skippedRecord(file, line, 'json-no-title', `This item (${describeItem(item)}) has no title`, 'Add a "title" to the item to include it, or remove the item.')
    : skippedRecord(file, line, 'json-item-unknown', `This item (${describeItem(item)}) is not a paper in a format papershelf reads (CSL-JSON, Hugging Face daily papers, arXiv metadata)`, 'Remove it, or export the file again.');
}

/** True when text is JSON lines rather than one JSON document: several lines that each open an object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'));
}

/**
 * Parses a `.json` file: a CSL-JSON array (Zotero, Mendeley, Manubot), a
 * Hugging Face daily-papers array, or arXiv OAI metadata (an array, one
 * object, or JSON lines as in the public snapshot, whatever the extension).
 * Each item is recognised by its fields. A file that is not JSON is one error
 * (at the line and column the JSON parser stopped at, or, for Python dict
 * output, at its first such line); an item without a title or of no known
 * shape is a warning at its line, and the other items are still read.
 */
export function parseJsonPapers(text: string, file: string): ReaderResult {
  const python = pythonDictLine(text);
  if (python !== undefined) {
    const command = pythonToJsonLinesCommand(file, file.replace(/\.[^./]*$/, '') + '.converted.jsonl');
    return { records: [], diagnostics: [readError(file, python, 'json-python-dict', `The file holds Python dict output (single-quoted keys, None/True/False), not JSON, so none of it can be read. Convert it to JSON lines with ${command}, then remove this file.`)] };
  }
  if (looksLikeJsonLines(text)) return parseArxivOai(text, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPlace(text, error);
    return { records: [], diagnostics: [{ ...readError(file, line, 'json-syntax', `The file is not valid JSON (${jsonErrorReason(error)}). Export it again, or fix it at this place.`), column }] };
  }
  // Zotero's "CSL JSON" is an array; some tools wrap it as { items: [...] }.
  const items: unknown[] = Array.isArray(value) ? value : typeof value === 'object' && value !== null && Array.isArray((value as { items?: unknown }).items) ? (value as { items: unknown[] }).items : [value];
  const lines = Array.isArray(value) ? arrayItemLines(text) : [];
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  items.forEach((item, i) => {
    const line = lines[i] ?? 1;
    const record = toRecord(item, file, line);
    if (!record?.title) {
      diagnostics.push(skippedItem(item, file, line));
      return;
    }
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'json-no-abstract', 'Add an abstract to the item'));
    records.push(record);
  });
  return { records, diagnostics };
}
