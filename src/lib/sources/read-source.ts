import { parseArxivAtom } from './arxiv-atom.ts';
import { parseBibtex } from './bibtex.ts';
import { parseJsonPapers } from './json-papers.ts';
import { parseListing } from './listing.ts';
import { looksLikeMarkdown } from './markdown/looks-like-markdown.ts';
import { parseMarkdownListing } from './markdown-listing.ts';
import { readError, type ReaderResult } from './reader-result.ts';

/** The result of reading one source file. */
export type SourceResult = ReaderResult;

/** The formats papershelf reads. */
export type SourceFormat = 'listing' | 'markdown' | 'bibtex' | 'atom' | 'json';

/** Extensions of each format in `content/sources/`. */
const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'listing', '.text': 'listing', '.listing': 'listing',
  '.md': 'markdown', '.markdown': 'markdown',
  '.bib': 'bibtex', '.bibtex': 'bibtex',
  '.xml': 'atom', '.atom': 'atom',
  '.json': 'json', '.jsonl': 'json', '.ndjson': 'json',
};

/** True when text parses as JSON, as one document or as JSON lines. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return text.split('\n').every((line) => {
      try {
        return line.trim() === '' || (JSON.parse(line), true);
      } catch {
        return false;
      }
    });
  }
}

/** The format text's first characters announce, if any (comments and blank lines skipped). */
function sniffFormat(text: string): SourceFormat | undefined {
  const start = text.replace(/^(?:\s*%[^\n]*\n)*\s*/, '');
  if (/^<(?:\?xml|feed[\s>])/.test(start)) return 'atom';
  if (/^@\s*[a-z]+\s*[{(]/i.test(start)) return 'bibtex';
  // A title such as "[Re] Reproducing ..." starts with a bracket too: only valid JSON counts.
  if (/^[[{]/.test(start) && isJson(start)) return 'json';
  return looksLikeMarkdown(text) ? 'markdown' : undefined;
}

/**
 * Decides a file's format from its extension and its content: the extension
 * names the format, except that a plain-text file which starts like BibTeX,
 * XML or JSON, or is written in Markdown (paper headings with labelled
 * fields or links, or a paper table), is read as what it is. Returns
 * undefined for an unknown extension.
 */
export function detectFormat(file: string, text: string): SourceFormat | undefined {
  const lower = file.toLowerCase();
  const byExtension = EXTENSIONS[lower.slice(lower.lastIndexOf('.'))];
  return byExtension === 'listing' ? (sniffFormat(text) ?? 'listing') : byExtension;
}

const READERS: Record<SourceFormat, (text: string, file: string) => ReaderResult> = {
  listing: parseListing,
  markdown: parseMarkdownListing,
  bibtex: parseBibtex,
  atom: parseArxivAtom,
  json: parseJsonPapers,
};

/**
 * Picks the reader for a source file by its extension and content and parses
 * it. Files of an unknown kind are reported (with how to fix) instead of being
 * ignored, and text that is not valid UTF-8 is an error naming the first bad
 * line.
 */
export function readSource(file: string, bytes: Uint8Array): SourceResult {
  const lower = file.toLowerCase();
  const ext = lower.slice(lower.lastIndexOf('.'));
  if (!(ext in EXTENSIONS)) {
    return { records: [], diagnostics: [readError(file, 0, 'source-unknown-format', `Unknown source format "${ext}". Use a listing (.txt), a Markdown listing (.md), BibTeX (.bib), arXiv Atom (.xml), or CSL-JSON, Hugging Face or arXiv metadata JSON (.json, .jsonl), or move the file out of content/sources/.`)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes);
    const badLine = good.slice(0, good.indexOf('\uFFFD')).split('\n').length;
    return { records: [], diagnostics: [readError(file, badLine, 'source-encoding', 'The file is not valid UTF-8. Save it as UTF-8 and build again.')] };
  }
  if (text.includes('\u0000')) {
    const line = text.slice(0, text.indexOf('\u0000')).split('\n').length;
    return { records: [], diagnostics: [readError(file, line, 'source-binary', 'The file contains NUL bytes and looks binary, not like a text export. Replace it with a text export.')] };
  }
  const clean = text.replace(/^\uFEFF/, '');
  // Structured formats count lines on \n; CRLF files keep their numbering with \r removed.
  const format = detectFormat(file, clean)!;
  return READERS[format](format === 'listing' ? clean : clean.replace(/\r\n?/g, '\n'), file);
}
