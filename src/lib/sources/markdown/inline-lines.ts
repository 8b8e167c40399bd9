/**
 * Markdown inline content as the lines a reader sees: hard breaks, `<br>` and
 * source line ends split lines; links keep their target; emphasis is marked
 * (a label such as `**Authors:**` is emphasised) but not kept as markup.
 */
import type { PhrasingContent } from 'mdast';
import { findMath } from '../../math/find-math.ts';
import { inlineHtmlToText } from '../html-text.ts';

/** A run of text on one line, with the link target when it is a link's text. */
export interface Piece {
  text: string;
  url?: string;
  strong?: boolean;
}

/** One visual line of inline content. */
export type InlineLine = Piece[];

/** The text of a node and its children, links and emphasis flattened. */
function plain(node: PhrasingContent): string {
  if ('value' in node) return node.type === 'html' ? inlineHtmlToText(node.value) : node.value;
  if ('children' in node) return node.children.map(plain).join('');
  return '';
}

/** Markdown's backslash escapes removed, as the parser removes them from text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** TeX accents (`\\'e`, `{\\"u}`, `\\^{o}`), whose backslash Markdown reads as an escape. */
const TEX_ACCENT = /\{\\["'`^~=.][A-Za-z]\}|\\["'`^~=.](?:\{[A-Za-z]\}|[A-Za-z])/g;

/**
 * A text node's value with its TeX as written: Markdown reads `\\%` in
 * `$4-7\\%$` and `\\"` in `{\\"u}` as escapes, but there they are TeX.
 * Each one-line formula and each accent of the source replaces its
 * unescaped form in the value.
 */
function withRawTex(value: string, raw: string): string {
  let out = value;
  let from = 0;
  const spans = [...findMath(raw), ...[...raw.matchAll(TEX_ACCENT)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  spans.sort((a, b) => a.start - b.start);
  for (const span of spans) {
    const tex = raw.slice(span.start, span.end);
    if (tex.includes('\n')) continue;
    const at = out.indexOf(unescape(tex), from);
    if (at < 0) continue;
    out = out.slice(0, at) + tex + out.slice(at + unescape(tex).length);
    from = at + tex.length;
  }
  return out;
}

/**
 * Splits inline nodes into lines of pieces. `source` is the file's text:
 * emphasis that spans a `$` is TeX that Markdown misread (`$a*b$ and $c*d$`),
 * so its source is kept as written.
 */
export function phrasingLines(nodes: readonly PhrasingContent[], source: string): InlineLine[] {
  const lines: InlineLine[] = [[]];
  const push = (piece: Piece) => {
    const parts = piece.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text) lines.at(-1)!.push({ ...piece, text });
    });
  };
  const walk = (node: PhrasingContent, strong: boolean) => {
    switch (node.type) {
      case 'break':
        lines.push([]);
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) lines.push([]);
        else push({ text: inlineHtmlToText(node.value), ...(strong ? { strong } : {}) });
        return;
      case 'link':
        push({ text: node.children.map(plain).join(''), url: node.url, ...(strong ? { strong } : {}) });
        return;
      case 'strong':
      case 'emphasis': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined && plain(node).includes('$')) push({ text: source.slice(start, end) });
        else for (const child of node.children) walk(child, strong || node.type === 'strong');
        return;
      }
      case 'delete':
        for (const child of node.children) walk(child, strong);
        return;
      case 'text': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const raw = start !== undefined && end !== undefined ? source.slice(start, end) : node.value;
        push({ text: raw.includes('\\') ? withRawTex(node.value, raw) : node.value, ...(strong ? { strong } : {}) });
        return;
      }
      case 'inlineCode':
        push({ text: node.value, ...(strong ? { strong } : {}) });
        return;
      default:
        // Images, footnote and link references hold no paper text.
        return;
    }
  };
  for (const node of nodes) walk(node, false);
  return lines.filter((line) => line.some((p) => p.text.trim() !== ''));
}

/** A line's text as read. */
export function lineText(line: InlineLine): string {
  return line.map((p) => p.text).join('');
}

/** A line's text with each link's target after its text, so an abstract keeps its URLs. */
export function lineTextWithUrls(line: InlineLine): string {
  return line
    .map((p) => {
      if (!p.url || !/^https?:\/\//i.test(p.url)) return p.text;
      const text = p.text.trim();
      return !text || text === p.url || text.includes(p.url) ? p.url : `${p.text} (${p.url})`;
    })
    .join('');
}
