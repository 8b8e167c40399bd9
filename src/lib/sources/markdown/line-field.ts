/**
 * Finds a labelled field at the start of a line, in the spellings reading
 * lists use: `**Authors**: ...`, `**Authors:** ...`, `Authors: ...`,
 * `**作者**：...`, and a label alone on its line (`**Abstract**`).
 */
import { fieldOfLabel, splitPlainLabel, type FieldKey } from './field-labels.ts';
import type { InlineLine, Piece } from './inline-lines.ts';

/** A field found on a line: what it names (`unknown` for an emphasised label we do not know) and its value. */
export interface LineField {
  key: FieldKey | 'unknown';
  /** The pieces after the label and its colon. */
  rest: InlineLine;
}

/** Drops a leading colon (ASCII or full-width) and white space from the first piece. */
function afterColon(pieces: Piece[]): { rest: Piece[]; hadColon: boolean } {
  const [first, ...others] = pieces;
  if (!first || first.url) return { rest: pieces, hadColon: false };
  const match = /^\s*[:：]?\s*/.exec(first.text)!;
  const text = first.text.slice(match[0].length);
  return { rest: text ? [{ ...first, text }, ...others] : others, hadColon: match[0].includes(':') || match[0].includes('：') };
}

/**
 * The field a line starts with, if any. With `emphasisedOnly`, only an
 * emphasised label counts (inside an abstract, `Code: ...` at the start of a
 * wrapped line is text). An emphasised run that is not a label and has no
 * colon (a bold title) is not a field.
 */
export function splitLineField(line: InlineLine, emphasisedOnly = false): LineField | undefined {
  const start = line.findIndex((p) => p.text.trim() !== '');
  if (start < 0) return undefined;
  let end = start;
  while (end < line.length && line[end]!.strong && !line[end]!.url) end++;
  if (end > start) {
    const label = line.slice(start, end).map((p) => p.text).join('');
    const { rest, hadColon } = afterColon(line.slice(end));
    const labelColon = /[:：]\s*$/.test(label);
    const key = fieldOfLabel(label);
    if (key && (labelColon || hadColon || rest.length === 0)) return { key, rest };
    if (labelColon || hadColon) return { key: 'unknown', rest };
    return undefined;
  }
  if (emphasisedOnly || line[start]!.url) return undefined;
  const plain = splitPlainLabel(line[start]!.text);
  if (!plain) return undefined;
  const rest = [{ ...line[start]!, text: plain.rest }, ...line.slice(start + 1)].filter((p) => p.text !== '' || p.url);
  return { key: plain.key, rest };
}
