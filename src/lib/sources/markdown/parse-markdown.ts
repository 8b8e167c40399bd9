/**
 * Parses Markdown (with GFM tables and autolinks) into top-level blocks.
 * The parser's time grows faster than the text, and a listing of 10,000
 * papers is megabytes, so long text is parsed in chunks cut at headings,
 * where no Markdown block can continue: after a blank line and outside
 * fenced code. Positions are those of the whole text. (A reference-style
 * link whose definition is in another chunk stays text.)
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, RootContent } from 'mdast';

/** Chunks are cut at the first heading after this many characters. */
const CHUNK_SIZE = 20_000;

/** Moves a node's positions, and its children's, by whole lines. */
function shift(node: Nodes, lines: number, offset: number): void {
  for (const point of node.position ? [node.position.start, node.position.end] : []) {
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

/** The character offsets where chunks may start: heading lines after a blank line, outside fences. */
function cutPoints(text: string, size: number): { offset: number; line: number }[] {
  const cuts: { offset: number; line: number }[] = [];
  let fence: string | undefined;
  let offset = 0;
  let last = 0;
  let blank = false;
  text.split('\n').forEach((line, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence ? undefined : marker;
    else if (!fence && blank && offset - last >= size && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      cuts.push({ offset, line: index });
      last = offset;
    }
    blank = !fence && line.trim() === '';
    offset += line.length + 1;
  });
  return cuts;
}

/** The top-level blocks of Markdown text, with 1-based lines and offsets into `text`. */
export function parseMarkdown(text: string, chunkSize = CHUNK_SIZE): RootContent[] {
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  const starts = [{ offset: 0, line: 0 }, ...cutPoints(text, chunkSize)];
  return starts.flatMap((start, i) => {
    const end = starts[i + 1]?.offset ?? text.length;
    const root = fromMarkdown(text.slice(start.offset, end), options);
    if (start.offset > 0) shift(root, start.line, start.offset);
    return root.children;
  });
}
