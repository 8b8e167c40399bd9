import type { Diagnostic } from '../diagnostics.ts';
import { isOaiRecord, oaiToRecord, parseArxivOai } from './arxiv-oai.ts';
import { cslToRecord, isCslItem } from './csl-json.ts';
import { hfToRecord, isHfDailyPaper } from './hugging-face.ts';
import { arrayItemLines, jsonErrorLine, jsonErrorReason } from './json-positions.ts';
import { missingAbstract, readError, type ReaderResult } from './reader-result.ts';
import type { SourceRecord } from './source-record.ts';

/** Reads one item of any JSON format papershelf knows; undefined when it is none of them. */
function toRecord(item: unknown, file: string, line: number): SourceRecord | undefined {
  if (isHfDailyPaper(item)) return hfToRecord(item, file, line);
  if (isOaiRecord(item)) return oaiToRecord(item, file, line);
  if (isCslItem(item)) return cslToRecord(item, file, line);
  return undefined;
}

/** True when text is JSON lines rather than one JSON document: several lines that each open an object. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'));
}

/**
 * Parses a `.json` file: a CSL-JSON array (Zotero, Mendeley), a Hugging Face
 * daily-papers array, or arXiv OAI metadata (an array, one object, or JSON
 * lines as in the public snapshot, whatever the extension). Each item is
 * recognised by its fields. Syntax errors name the line the JSON parser
 * stopped at; an item of no known shape is an error at its line.
 */
export function parseJsonPapers(text: string, file: string): ReaderResult {
  if (looksLikeJsonLines(text)) return parseArxivOai(text, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { records: [], diagnostics: [readError(file, jsonErrorLine(text, error), 'json-syntax', `The file is not valid JSON (${jsonErrorReason(error)}). Export it again, or fix it at this line.`)] };
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
      diagnostics.push(readError(file, line, 'json-item-unknown', `This item is not a paper papershelf can read (CSL-JSON, Hugging Face daily papers or arXiv metadata, with a title). Fix or remove it.`));
      return;
    }
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'json-no-abstract', 'Add an abstract to the item'));
    records.push(record);
  });
  return { records, diagnostics };
}
