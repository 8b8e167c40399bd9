import { cleanInline, cleanParagraphs } from '../papers/clean-text.ts';
import { cleanList, cleanName, joinDate, normalizeArxivId, normalizeDate, normalizeDoi, sortUrls } from './fields.ts';
import { decodeRecordText } from './decode-records.ts';
import { cslCitationFields, type CslCitationItem } from './csl-citation.ts';
import type { SourceRecord } from './source-record.ts';

/** The CSL-JSON fields papershelf reads (what Zotero, Mendeley and Crossref export). */
export interface CslItem extends CslCitationItem {
  id?: string | number;
  type?: string;
  title?: string;
  abstract?: string;
  author?: { given?: string; family?: string; literal?: string; 'non-dropping-particle'?: string }[];
  issued?: { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string };
  DOI?: string;
  URL?: string;
  number?: string;
  'container-title'?: string | string[];
  keyword?: string;
  archive?: string;
}

/** True when a parsed JSON value looks like a CSL-JSON item. */
export function isCslItem(value: unknown): value is CslItem {
  if (typeof value !== 'object' || value === null || !('title' in value)) return false;
  return 'type' in value || 'issued' in value || 'container-title' in value || 'DOI' in value || ('author' in value && Array.isArray(value.author));
}

/** `issued` as an ISO date: date-parts first, then the raw or literal form. */
function issuedDate(issued: CslItem['issued']): string | undefined {
  const parts = issued?.['date-parts']?.[0];
  if (parts && parts.length > 0) return joinDate(Number(parts[0]), parts[1] === undefined ? undefined : Number(parts[1]), parts[2] === undefined ? undefined : Number(parts[2]));
  return normalizeDate(issued?.raw ?? issued?.literal);
}

/**
 * Turns one CSL-JSON item into a record. Titles and abstracts may hold CSL's
 * inline HTML (`<i>`, `<sup>`) or Crossref's JATS (`<jats:p>`); they become
 * text, with `<jats:p>`/`<p>` as paragraph breaks, emphasis and lists kept as
 * abstract markup, entities decoded once; TeX in them is decoded too.
 */
export function cslToRecord(item: CslItem, file: string, line: number): SourceRecord {
  const container = Array.isArray(item['container-title']) ? item['container-title'][0] : item['container-title'];
  const arxivSource = [item.number, item.URL, item.DOI].find((v) => v && /arxiv/i.test(v));
  const meta = {
    authors: cleanList((item.author ?? []).map((a) => cleanName(a.literal ?? [a.given, a['non-dropping-particle'], a.family].filter(Boolean).join(' ')))),
    date: issuedDate(item.issued),
    arxiv: normalizeArxivId(arxivSource),
    doi: normalizeDoi(item.DOI),
    venue: container && !/^arxiv/i.test(container) ? cleanInline(container) || undefined : undefined,
    keywords: cleanList((item.keyword ?? '').split(/[,;]\s*/)),
    ...cslCitationFields(item),
    urls: sortUrls([item.URL && !/arxiv\.org|doi\.org/i.test(item.URL) ? item.URL : undefined]),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  const raw = { title: cleanInline(String(item.title ?? '')), abstract: cleanParagraphs(String(item.abstract ?? '')), file, line, ...defined };
  return decodeRecordText([raw], 'html')[0]!;
}
