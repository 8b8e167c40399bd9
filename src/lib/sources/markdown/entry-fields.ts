/**
 * Collects the labelled fields of one Markdown entry (the blocks under a
 * paper's heading): `Authors:` lines, an `Abstract` label with the
 * paragraphs after it, `<details><summary>Abstract</summary>` blocks,
 * sub-headings such as `#### Abstract`, and the paragraphs no label claims.
 */
import { decodeHTML } from 'entities';
import type { RootContent } from 'mdast';
import { fieldOfLabel, type FieldKey } from './field-labels.ts';
import { lineText, phrasingLines, type InlineLine } from './inline-lines.ts';
import { splitLineField } from './line-field.ts';

/** What a label claims, or `skip` for content under a label that names no paper field. */
type Target = FieldKey | 'skip';

/** The fields of one entry: each field's paragraphs (lists of lines), and the unclaimed paragraphs. */
export interface EntryFields {
  fields: Map<FieldKey, InlineLine[][]>;
  /** Paragraphs under no label, in order (not list items). */
  unlabelled: InlineLine[][];
  /** Lines of list items and lines of bare links under no label: their links count, their text is not the abstract. */
  listLines: InlineLine[];
}

/** True for a line of links only (`[arXiv](...) | [PDF](...)`): its links count, its text is no abstract. */
function isLinkLine(line: InlineLine): boolean {
  return line.some((p) => p.url) && line.every((p) => p.url || /^[\s|·•,;:/()[\]–—-]*$/u.test(p.text));
}

/** The text of an HTML block with its tags removed and its entities decoded. */
function htmlText(html: string): string {
  return decodeHTML(html.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' '));
}

/**
 * Reads the entry's blocks. A label on a line claims the rest of its
 * paragraph; an abstract label also claims the paragraphs after it, up to
 * the next label, list or sub-heading. A sub-heading claims everything
 * under it: a known label (`#### Abstract`) for that field, any other
 * (`## Notes`) for nothing.
 */
export function collectEntryFields(nodes: readonly RootContent[], source: string): EntryFields {
  const out: EntryFields = { fields: new Map(), unlabelled: [], listLines: [] };
  let section: Target | undefined;
  let current: Target | undefined;
  const paragraphOf = (key: Target): InlineLine[] | undefined => {
    if (key === 'skip') return undefined;
    const paragraphs = out.fields.get(key) ?? [];
    out.fields.set(key, paragraphs);
    const paragraph: InlineLine[] = [];
    paragraphs.push(paragraph);
    return paragraph;
  };
  const readLines = (lines: InlineLine[], inList: boolean) => {
    let paragraph = current ? paragraphOf(current) : undefined;
    let loose: InlineLine[] | undefined;
    let previous = '.';
    for (const line of lines) {
      // In an abstract, `Code: ...` at the start of a wrapped line is text, unless the sentence before it ended.
      const inText = (current === 'abstract' || current === 'summary') && !/[.!?]["')\]]?\s*$/.test(previous);
      const field = splitLineField(line, inText);
      previous = lineText(line);
      if (field) {
        current = field.key === 'unknown' || field.key === 'ignored' ? 'skip' : field.key;
        paragraph = paragraphOf(current);
        if (field.rest.length > 0) paragraph?.push(field.rest);
      } else if (current) {
        paragraph?.push(line);
      } else if (inList || isLinkLine(line)) {
        out.listLines.push(line);
      } else {
        loose ??= [];
        loose.push(line);
      }
    }
    if (loose) out.unlabelled.push(loose);
    // An abstract runs on over the paragraphs after its label; other fields end with their paragraph.
    if (inList || current !== 'abstract') current = section;
  };
  const walk = (node: RootContent, inList: boolean) => {
    switch (node.type) {
      case 'paragraph':
        readLines(phrasingLines(node.children, source), inList);
        return;
      case 'heading': {
        const key = fieldOfLabel(phrasingLines(node.children, source).map(lineText).join(' '));
        section = current = key && key !== 'ignored' ? key : 'skip';
        return;
      }
      case 'list':
        for (const item of node.children) for (const child of item.children) walk(child, true);
        if (current !== section) current = section;
        return;
      case 'listItem':
      case 'blockquote':
        for (const child of node.children) walk(child, inList);
        return;
      case 'html': {
        const details = /<summary[^>]*>([\s\S]*?)<\/summary>([\s\S]*?)(?:<\/details>|$)/i.exec(node.value);
        const key = details ? fieldOfLabel(htmlText(details[1]!)) : undefined;
        if (key && key !== 'ignored') paragraphOf(key)?.push([{ text: htmlText(details![2]!) }]);
        return;
      }
      default:
        // Code blocks, tables of results, images: not paper metadata.
        return;
    }
  };
  for (const node of nodes) walk(node, false);
  return out;
}
