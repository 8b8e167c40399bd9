/**
 * The labels Markdown reading lists and digests put before a paper's fields
 * (`**Authors:**`, `- Abstract:`, `**作者**：`), and what each one names.
 */

/** The field a label names. `ignored` fields (comments, notes) are known not to be the abstract. */
export type FieldKey =
  | 'title' | 'authors' | 'abstract' | 'summary' | 'arxiv' | 'pdf' | 'code' | 'project'
  | 'links' | 'doi' | 'date' | 'venue' | 'keywords' | 'categories' | 'paper' | 'ignored';

const LABELS: Record<string, FieldKey> = {
  title: 'title', 题目: 'title', 标题: 'title',
  authors: 'authors', author: 'authors', by: 'authors', 作者: 'authors',
  abstract: 'abstract', 摘要: 'abstract', 'original abstract': 'abstract',
  summary: 'summary', tldr: 'summary', 'tl;dr': 'summary',
  arxiv: 'arxiv', 'arxiv id': 'arxiv', 'arxiv link': 'arxiv',
  pdf: 'pdf', 'pdf link': 'pdf',
  code: 'code', github: 'code', repo: 'code', repository: 'code', 'source code': 'code', 代码: 'code',
  project: 'project', 'project page': 'project', homepage: 'project', website: 'project', demo: 'project', 主页: 'project', 项目主页: 'project',
  links: 'links', link: 'links', resources: 'links', urls: 'links', 链接: 'links',
  doi: 'doi',
  date: 'date', published: 'date', 'publish date': 'date', 'publication date': 'date', submitted: 'date', 日期: 'date', 发布日期: 'date',
  venue: 'venue', conference: 'venue', journal: 'venue', 'published in': 'venue',
  keywords: 'keywords', tags: 'keywords', 关键词: 'keywords',
  categories: 'categories', category: 'categories', subjects: 'categories',
  paper: 'paper',
  comments: 'ignored', comment: 'ignored', notes: 'ignored', note: 'ignored',
  // Parts of a paper's notes that may hold a DOI or an arXiv link but are not a paper of their own.
  citation: 'ignored', cite: 'ignored', bibtex: 'ignored', 'how to cite': 'ignored', references: 'ignored', related: 'ignored',
};

/**
 * The field a label text names, ignoring case, emphasis, a final colon
 * (ASCII or full-width) and a parenthesised note (`摘要（原文）`, `Abstract
 * (original)`). Returns undefined for words that are not a known label.
 */
export function fieldOfLabel(label: string): FieldKey | undefined {
  const key = label
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return LABELS[key];
}

/** A label at the start of plain text: `Authors: ...`, `摘要：...`. Only known labels count. */
export function splitPlainLabel(text: string): { key: FieldKey; rest: string } | undefined {
  const match = /^\s*([^\s:：][^:：]{0,24}?)\s*[:：]\s*/u.exec(text);
  if (!match) return undefined;
  const key = fieldOfLabel(match[1]!);
  // `Paper: ...` starts too many sentences to count without emphasis.
  return key && key !== 'paper' ? { key, rest: text.slice(match[0].length) } : undefined;
}
