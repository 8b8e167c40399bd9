/**
 * Reads a Markdown listing: a reading list or a daily-papers digest with a
 * heading per paper (or a table with a row per paper) and labelled fields.
 */
import type { Heading, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, normalizeNewlines } from '../papers/clean-text.ts';
import { isDateLine } from './listing-date.ts';
import { boldTitleEntries, isBoldTitleBlock } from './markdown/bold-title-entries.ts';
import { decodeTex } from './markdown/decode-tex.ts';
import { collectEntryFields } from './markdown/entry-fields.ts';
import { fieldOfLabel } from './markdown/field-labels.ts';
import { blankFrontMatter } from './markdown/front-matter.ts';
import { entryPaper, type EntryPaper } from './markdown/entry-record.ts';
import { headingText, holdsPaper, paperDepth } from './markdown/paper-depth.ts';
import { parseMarkdown } from './markdown/parse-markdown.ts';
import { lineText, phrasingLines, type InlineLine } from './markdown/inline-lines.ts';
import { splitLineField } from './markdown/line-field.ts';
import { isPaperTable, tableRows } from './markdown/table-papers.ts';
import { missingAbstract, type ReaderResult } from './reader-result.ts';
import type { SourceRecord } from './source-record.ts';

/** One entry being read: its heading line (if any), where it starts, and its blocks. */
interface Entry {
  heading?: InlineLine;
  line: number;
  listed?: string;
  body: RootContent[];
}

/**
 * Parses a Markdown listing. Each heading at the papers' depth is a paper
 * (found by {@link paperDepth}); headings above it are sections, and a
 * heading that is only a date (`## 2024-05-03`) dates the papers under it.
 * Entries end at the next heading or a `---` line; an entry without a
 * heading becomes a paper when it has a `Title:` field. Each row of a table
 * with a Title column is a paper, and so is each paragraph (or list item)
 * that starts with a bold title, as awesome-lists write them. A record that cannot become a page (no
 * title) is a warning at its line; Markdown itself never fails to parse.
 */
export function parseMarkdownListing(text: string, file: string): ReaderResult {
  const source = blankFrontMatter(normalizeNewlines(text));
  const nodes = parseMarkdown(source);
  const depth = paperDepth(nodes, source);
  const papers: { paper: EntryPaper; line: number; listed?: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  const dates: { depth: number; text: string }[] = [];
  const listed = () => dates.at(-1)?.text;
  let entry: Entry | undefined;

  const close = () => {
    if (!entry) return;
    const fields = collectEntryFields(entry.body, source);
    const paper = entryPaper(entry.heading, fields);
    const line = entry.heading ? entry.line : (fields.fields.size ? firstLine(entry.body) : entry.line);
    if (paper.title) papers.push({ paper, line, ...(entry.listed ? { listed: entry.listed } : {}) });
    else if (!entry.heading && (fields.fields.has('authors') || fields.fields.has('abstract') || paper.arxiv)) {
      diagnostics.push({ file, line, severity: 'warning', rule: 'markdown-no-title', message: 'This entry has paper fields but no title, so it gets no page. Give it a heading (`### Title`) or a `**Title:**` line.' });
    }
    entry = undefined;
  };
  const open = (line: number, heading?: InlineLine) => {
    close();
    entry = { line, body: [], ...(heading ? { heading } : {}), ...(listed() ? { listed: listed()! } : {}) };
  };

  nodes.forEach((node, i) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'thematicBreak') return open(line + 1);
    if (node.type === 'table' && isPaperTable(node, source)) {
      close();
      for (const row of tableRows(node, source)) {
        const paper = entryPaper(undefined, row.fields);
        if (paper.title) papers.push({ paper, line: row.line, ...(listed() ? { listed: listed()! } : {}) });
        else diagnostics.push({ file, line: row.line, severity: 'warning', rule: 'markdown-no-title', message: 'This table row has no title, so it gets no page. Fill in its Title cell.' });
      }
      return;
    }
    if (node.type !== 'heading' && !entry?.heading && isBoldTitleBlock(node, source)) {
      close();
      for (const row of boldTitleEntries(node, source)) {
        const paper = entryPaper(undefined, row.fields);
        papers.push({ paper, line: row.line, ...(listed() ? { listed: listed()! } : {}) });
      }
      return;
    }
    if (node.type !== 'heading') {
      if (!entry) open(line);
      entry!.body.push(node);
      return;
    }
    const lines = phrasingLines(node.children, source);
    const asField = lines[0] && splitLineField(lines[0]);
    // `# Date: 2025-01-02` is a date heading.
    const text = asField?.key === 'date' ? lineText(asField.rest).trim() : headingText(node, source);
    if (entry && asField && asField.key !== 'unknown' && asField.key !== 'date') {
      // `Authors: X` over a `---` line is a setext heading to Markdown, a field to its writer.
      entry.body.push({ type: 'paragraph', children: node.children, ...(node.position ? { position: node.position } : {}) });
      return;
    }
    // A heading over nothing but deeper headings groups papers (`## Computer Vision`).
    const next = nodes[i + 1];
    const groups = next?.type === 'heading' && (next as Heading).depth > node.depth;
    // A heading off the papers' depth is a paper too when it holds paper fields (hand-made lists are uneven).
    const isPaper = text !== '' && !isDateLine(text) && !fieldOfLabel(text) && ((node.depth === depth && !groups) || holdsPaper(nodes, i, source));
    if (entry?.heading && !isPaper && (node.depth > depth || fieldOfLabel(text))) {
      entry.body.push(node);
      return;
    }
    while (dates.length && dates.at(-1)!.depth >= node.depth) dates.pop();
    if (isDateLine(text)) dates.push({ depth: node.depth, text });
    if (isPaper) open(line, lines.flat());
    else open(line);
  });
  close();

  const decoded = decodeTex(papers.flatMap(({ paper }) => [paper.title, ...(paper.authors ?? []), ...paper.abstract]));
  let next = 0;
  const take = () => decoded[next++] ?? '';
  const records: SourceRecord[] = papers.map(({ paper, line, listed: date }) => {
    const title = cleanInline(take());
    const authors = (paper.authors ?? []).map(() => cleanInline(take()));
    const abstract = paper.abstract.map(() => cleanInline(take())).filter((p) => p !== '');
    const { title: _t, abstract: _a, authors: _n, ...meta } = paper;
    return { ...meta, title, abstract, ...(authors.length ? { authors } : {}), ...(date ? { listed: date } : {}), file, line };
  });
  for (const record of records) {
    if (record.abstract.length === 0) diagnostics.push(missingAbstract(record, 'markdown-no-abstract', 'Add an `Abstract:` line, or the abstract as a paragraph under its heading,'));
  }
  if (records.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ file, line: 0, severity: 'warning', rule: 'markdown-no-papers', message: 'No papers found in this Markdown file. Give each paper a heading (`### Title`) with fields such as `**Authors:**` and `**Abstract:**` under it, or a table with a Title column.' });
  }
  return { records, diagnostics };
}

/** The first line of an entry's blocks. */
function firstLine(body: readonly RootContent[]): number {
  return body[0]?.position?.start.line ?? 0;
}
