import { parse } from '@humanwhocodes/momoa';
import { lineAt } from './fields.ts';

/**
 * The 1-based line of each element of a top-level JSON array, found by a
 * small scanner that tracks strings and nesting; `JSON.parse` gives values
 * but no positions. Assumes text that `JSON.parse` accepted.
 *
 * Not momoa: its syntax tree has the same lines, but building it for a
 * 10,000-record CSL-JSON export (21 MB) takes about 1 s against 0.1 s for
 * this scan, and only the lines are needed. Positions of errors, which are
 * looked for once per broken file, come from momoa ({@link jsonErrorPlace}).
 */
export function arrayItemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      // A string cannot hold a raw newline, so skipping the escaped character never skips a line.
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expecting && !/[\s\]]/.test(c)) {
      lines.push(line);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') expecting = ++depth === 1;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return lines;
}

/** A place in a text, 1-based. */
interface Place {
  line: number;
  column: number;
}

/** The place just after the last character that is not white space: where a text that ends too soon breaks off. */
function endPlace(text: string): Place {
  const end = text.trimEnd().length;
  return { line: lineAt(text, end), column: end - (end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0) + 1 };
}

/** Where momoa's JSON parser stops on text, or undefined when it accepts it (it lets some things through that `JSON.parse` does not, such as control characters in strings). */
function momoaPlace(text: string): Place | undefined {
  try {
    parse(text, { mode: 'json' });
  } catch (error) {
    const { line, column } = error as Partial<Place>;
    if (typeof line === 'number' && typeof column === 'number') return { line, column };
  }
  return undefined;
}

/**
 * The place a `JSON.parse` error points at. V8 names it for most errors
 * (`... in JSON at position 45 (line 3 column 5)`), and that place goes with
 * the reason {@link jsonErrorReason} gives. Where the message names none, the
 * text is read again with momoa, which gives the line and column of what it
 * cannot read (`Unexpected token ']', "[1,]" is not valid JSON` after a
 * trailing comma, older messages that give a position only); except for text
 * that ends too soon (`Unexpected end of JSON input`), which breaks off just
 * after its last character, where momoa's place is at the last token or the
 * start of the text. Line 1, column 1 when neither places it.
 */
export function jsonErrorPlace(text: string, error: unknown): Place {
  const message = error instanceof Error ? error.message : '';
  const named = /\(line (\d+) column (\d+)\)/.exec(message);
  if (named) return { line: Number(named[1]), column: Number(named[2]) };
  if (/end of JSON input/.test(message)) return endPlace(text);
  return momoaPlace(text) ?? { line: 1, column: 1 };
}

/** The line a `JSON.parse` error points at, or 1 (see {@link jsonErrorPlace}). */
export function jsonErrorLine(text: string, error: unknown): number {
  return jsonErrorPlace(text, error).line;
}

/**
 * The message of a `JSON.parse` error without its position, which the
 * diagnostic's place already gives, and without the copy of the text some
 * messages quote, whole or cut (`Unexpected token ']', ..."x": 1},\n]" is not valid JSON`).
 */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^(Unexpected token '.*?'), .* is not valid JSON$/s, '$1')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/\.$/, '');
}
