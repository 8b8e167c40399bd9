/**
 * Finds the heading depth at which a Markdown listing puts its papers: a
 * reading list may have `# List`, `## 2025-10-13`, `### Paper`; a single
 * paper's notes `# Paper`, `## Abstract`. The depth whose headings most
 * often hold paper fields wins; headings above it are sections or dates,
 * headings below it are parts of a paper.
 */
import type { Heading, RootContent } from 'mdast';
import { isDateLine } from '../listing-date.ts';
import { fieldOfLabel } from './field-labels.ts';
import { lineText, phrasingLines } from './inline-lines.ts';
import { splitLineField } from './line-field.ts';
import { isBoldTitleBlock } from './bold-title-entries.ts';
import { isPaperTable } from './table-papers.ts';

/** A heading's text, as one line. */
export function headingText(heading: Heading, source: string): string {
  return phrasingLines(heading.children, source).map(lineText).join(' ').trim();
}

/** A link to one paper: an arXiv abstract, PDF or HTML page, or a DOI (not an arXiv listing page). */
const PAPER_LINK = /arxiv\.org\/(?:abs|pdf|html)\/|doi\.org\/10\./i;

/** Fields that only a paper has (unlike `Notes:` or `Comments:`). */
const PAPER_FIELDS = new Set(['authors', 'abstract', 'arxiv', 'pdf', 'code', 'links', 'doi', 'title']);

/** True when a block holds a paper field line, an arXiv or DOI link, or an abstract details block. */
function holdsPaperField(node: RootContent, source: string): boolean {
  if (node.type === 'paragraph') {
    const lines = phrasingLines(node.children, source);
    return lines.some((line) => {
      const field = splitLineField(line);
      return (field !== undefined && PAPER_FIELDS.has(field.key)) || line.some((p) => PAPER_LINK.test(p.url ?? ''));
    });
  }
  if (node.type === 'html') return /<summary[^>]*>\s*(?:abstract|摘要)/i.test(node.value);
  if ('children' in node) return (node.children as RootContent[]).some((child) => holdsPaperField(child, source));
  return false;
}

/**
 * True when the heading at `index` holds a paper of its own: a link to
 * arXiv or a DOI in it, or paper fields in the blocks up to the next heading.
 */
export function holdsPaper(nodes: readonly RootContent[], index: number, source: string): boolean {
  const heading = nodes[index] as Heading;
  if (phrasingLines(heading.children, source).some((line) => line.some((p) => PAPER_LINK.test(p.url ?? '')))) return true;
  for (let i = index + 1; i < nodes.length && nodes[i]!.type !== 'heading'; i++) {
    const node = nodes[i]!;
    if ((node.type === 'table' && isPaperTable(node, source)) || isBoldTitleBlock(node, source)) return false;
    if (holdsPaperField(node, source)) return true;
  }
  return false;
}

/**
 * The depth at which papers are. When no heading holds paper fields, it is
 * the deepest heading depth (a list of bare titles), or 0 (no heading is a
 * paper) when the file's papers are table rows or bold-title paragraphs.
 */
export function paperDepth(nodes: readonly RootContent[], source: string): number {
  const counts = new Map<number, number>();
  let deepest = 0;
  const papersInBlocks = nodes.some((node) => (node.type === 'table' && isPaperTable(node, source)) || isBoldTitleBlock(node, source));
  if (papersInBlocks && !nodes.some((node, i) => node.type === 'heading' && holdsPaper(nodes, i, source))) return 0;
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return;
    const text = headingText(node, source);
    if (!text || isDateLine(text) || fieldOfLabel(text)) return;
    deepest = Math.max(deepest, node.depth);
    if (holdsPaper(nodes, i, source)) counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
  });
  let best = deepest;
  let bestCount = 0;
  for (const [depth, count] of counts) {
    if (count > bestCount || (count === bestCount && depth > best)) [best, bestCount] = [depth, count];
  }
  return best;
}
