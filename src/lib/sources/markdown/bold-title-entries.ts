/**
 * Papers written as one paragraph or list item each, as "awesome" reading
 * lists write them: a bold title (or, in a list, a title linking to the
 * paper), the authors, then the venue and links.
 *
 *     **Neural Lumigraph Rendering.**<br>
 *     *Petr Kellnhofer, Lars Jebe, Andrew Jones.*<br>
 *     CVPR 2021. [[PDF](https://arxiv.org/abs/2103.11571)] [[Project](http://...)]
 */
import type { Paragraph, RootContent } from 'mdast';
import type { EntryFields } from './entry-fields.ts';
import { looksLikeAuthorLine } from './entry-record.ts';
import { lineText, phrasingLines, type InlineLine } from './inline-lines.ts';
import { splitLineField } from './line-field.ts';

/** The paragraphs of a block that are bold-title papers: the block itself, or every item of a list. */
function candidateParagraphs(node: RootContent): Paragraph[] | undefined {
  if (node.type === 'paragraph') return [node];
  if (node.type !== 'list') return undefined;
  const firsts = node.children.map((item) => item.children[0]);
  return firsts.every((p) => p?.type === 'paragraph') ? (firsts as Paragraph[]) : undefined;
}

/** A link to one paper's page or PDF, which a list item's title may be. */
const PAPER_PAGE = /^https?:\/\/(?:(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/|(?:dx\.)?doi\.org\/10\.|openreview\.net\/(?:forum|pdf)|aclanthology\.org\/)/i;

/**
 * The lines of a list item that is a linked-title paper, as many awesome
 * lists write them: `- [Title](https://arxiv.org/abs/...), A. Author, B.
 * Author | [Code](...)`. The title line is split after the link, so the rest
 * of it reads as the authors line.
 */
function linkedTitleLines(lines: InlineLine[]): InlineLine[] | undefined {
  const [first] = lines;
  const start = first?.findIndex((p) => p.text.trim() !== '') ?? -1;
  const link = first?.[start];
  if (!first || !link?.url || !PAPER_PAGE.test(link.url) || link.text.trim().split(/\s+/).length < 3) return undefined;
  const rest = first.slice(start + 1).map((p, i) => (i === 0 && !p.url ? { ...p, text: p.text.replace(/^[\s,;:|–—-]*(?:by\s+)?/i, '') } : p));
  return [[{ text: link.text, strong: true }, { text: '', url: link.url }], ...(rest.some((p) => p.text.trim() || p.url) ? [rest] : []), ...lines.slice(1)];
}

/** The lines of a paragraph when it is a bold-title paper: bold first line, not a label, then links or authors. */
function boldTitleLines(paragraph: Paragraph, source: string, inList: boolean): InlineLine[] | undefined {
  const lines = phrasingLines(paragraph.children, source);
  if (inList) {
    const linked = linkedTitleLines(lines);
    if (linked) return linked;
  }
  const [first, second] = lines;
  if (!first || !second) return undefined;
  const pieces = first.filter((p) => p.text.trim() !== '');
  if (pieces.length === 0 || !pieces.every((p) => p.strong) || splitLineField(first)) return undefined;
  const title = lineText(first).trim();
  if (title.length < 8 || /[:：]$/.test(title)) return undefined;
  const hasLink = lines.slice(1).some((line) => line.some((p) => p.url && /^https?:/i.test(p.url)));
  return hasLink || looksLikeAuthorLine(authorText(second)) ? lines : undefined;
}

/** An authors line as text, without the full stop after the last name. */
const authorText = (line: InlineLine) => lineText(line).trim().replace(/\.$/, '');

/** True when a block holds bold-title papers (so the heading over it is a section, not a paper). */
export function isBoldTitleBlock(node: RootContent, source: string): boolean {
  const paragraphs = candidateParagraphs(node);
  return paragraphs !== undefined && paragraphs.length > 0 && paragraphs.every((p) => boldTitleLines(p, source, node.type === 'list') !== undefined);
}

/**
 * The papers of a bold-title block as entry fields, with their lines: the
 * title without its final full stop; the second line as the authors when it
 * reads as names (their home-page links are not the paper's); every other
 * link as the paper's links.
 */
export function boldTitleEntries(node: RootContent, source: string): { line: number; fields: EntryFields }[] {
  return (candidateParagraphs(node) ?? []).flatMap((paragraph) => {
    const lines = boldTitleLines(paragraph, source, node.type === 'list');
    if (!lines) return [];
    const [first = [], second = [], ...rest] = lines;
    const title = first.filter((p) => !p.url || p.text).map((p, i, all) => (i === all.length - 1 ? { ...p, text: p.text.replace(/\.\s*$/, '') } : p));
    const titleLinks = first.filter((p) => p.url && !p.text).map((p) => ({ ...p, text: 'paper' }));
    const authors = looksLikeAuthorLine(authorText(second));
    const fields: EntryFields = { fields: new Map([['title', [[title]]]]), unlabelled: [], listLines: [titleLinks, ...(authors ? rest : [second, ...rest])] };
    if (authors) fields.fields.set('authors', [[[{ text: authorText(second) }]]]);
    return [{ line: paragraph.position?.start.line ?? 0, fields }];
  });
}
