/**
 * Sorts the links of a Markdown entry: arXiv abstract and PDF links give the
 * arXiv id, DOI links the DOI; the rest are code or project links, decided by
 * the field they stand in (`Code:`) or their text (`[GitHub](...)`), and
 * otherwise by their host.
 */
import { normalizeArxivId, normalizeDoi, sortUrls } from '../fields.ts';
import type { RecordMetadata } from '../source-record.ts';
import type { FieldKey } from './field-labels.ts';

/** A link as an entry gives it: target, text, and the field it stands in. */
export interface EntryLink {
  url: string;
  text: string;
  key?: FieldKey | 'unknown';
}

const ARXIV_HOST = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\//i;
const DOI_HOST = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)/i;
const CODE_TEXT = /\b(?:code|github|gitlab|repo|repository|source)\b|代码/i;

/** The arXiv id, DOI and code and project links among an entry's links. */
export function sortEntryLinks(links: readonly EntryLink[]): Pick<RecordMetadata, 'arxiv' | 'doi' | 'urls'> {
  let arxiv: string | undefined;
  let doi: string | undefined;
  const code: string[] = [];
  const project: string[] = [];
  const other: string[] = [];
  for (const link of links) {
    if (ARXIV_HOST.test(link.url)) {
      arxiv ??= normalizeArxivId(link.url);
      continue;
    }
    const doiMatch = DOI_HOST.exec(link.url);
    if (doiMatch) {
      doi ??= normalizeDoi(decodeURIComponent(doiMatch[1]!));
      continue;
    }
    if (link.key === 'code' || CODE_TEXT.test(link.text)) code.push(link.url);
    else if (link.key === 'project' || link.key === 'pdf') project.push(link.url);
    else other.push(link.url);
  }
  const sorted = [sortUrls(code, 'code'), sortUrls(project, 'project'), sortUrls(other)];
  const unique = (urls: string[]) => [...new Set(urls)];
  const all = { code: unique(sorted.flatMap((s) => s?.code ?? [])), project: unique(sorted.flatMap((s) => s?.project ?? [])) };
  const urls = { ...(all.code.length ? { code: all.code } : {}), ...(all.project.length ? { project: all.project } : {}) };
  return {
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...(urls.code || urls.project ? { urls } : {}),
  };
}
