import { cleanInline, cleanParagraphs } from '../papers/clean-text.ts';
import { unionLinks } from '../papers/link-kinds.ts';
import { cleanList, cleanName, normalizeArxivId, normalizeDate, sortUrls } from './fields.ts';
import { decodeRecordText } from './decode-records.ts';
import type { SourceRecord } from './source-record.ts';

/** One item of the Hugging Face daily-papers API (`/api/daily_papers`). */
export interface HfDailyPaper {
  paper: {
    id?: string;
    title?: string;
    summary?: string;
    authors?: { name?: string }[];
    publishedAt?: string;
    githubRepo?: string;
    projectPage?: string;
    ai_keywords?: string[];
  };
  publishedAt?: string;
  title?: string;
  summary?: string;
}

/** True when a parsed JSON value looks like a daily-papers item. */
export function isHfDailyPaper(value: unknown): value is HfDailyPaper {
  return typeof value === 'object' && value !== null && 'paper' in value && typeof value.paper === 'object' && value.paper !== null;
}

/**
 * Turns one daily-papers item into a record. The paper's id is its arXiv id;
 * `githubRepo` and `projectPage` become the code and project links, and the
 * generated `ai_keywords` the keywords. TeX in the text is decoded.
 */
export function hfToRecord(item: HfDailyPaper, file: string, line: number): SourceRecord {
  const p = item.paper;
  const meta = {
    authors: cleanList((p.authors ?? []).map((a) => cleanName(a.name))),
    date: normalizeDate(p.publishedAt ?? item.publishedAt),
    arxiv: normalizeArxivId(p.id),
    keywords: cleanList(p.ai_keywords),
    urls: unionLinks(sortUrls([p.githubRepo], 'code'), sortUrls([p.projectPage], 'project')),
  };
  const defined = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  return decodeRecordText([{ title: cleanInline(String(p.title ?? item.title ?? '')), abstract: cleanParagraphs(String(p.summary ?? item.summary ?? '')), file, line, ...defined }])[0]!;
}
