import { lineAt } from './fields.ts';

/**
 * The 1-based line of each element of a top-level JSON array, found by a
 * small scanner that tracks strings and nesting; `JSON.parse` gives values
 * but no positions. Assumes text that `JSON.parse` accepted.
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

/** True when text is JSON or a beginning of it: `JSON.parse` fails only because the text ends too soon. */
function isJsonStart(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message);
    return /end of JSON input/.test(message) || (position !== null && Number(position[1]) >= text.length);
  }
}

/**
 * The 0-based index of the first character where JSON text goes wrong, found
 * by bisecting on the longest beginning that is still valid. Needed because
 * some `JSON.parse` messages (`Unexpected token ']'`, as after a trailing
 * comma) name no position.
 */
function firstBadIndex(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (isJsonStart(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return Math.max(0, bad - 1);
}

/**
 * The place a `JSON.parse` error points at: line and column from the message
 * (`... at position 45 (line 3 column 5)`), from its position, or, when it
 * names neither, from the text itself.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const named = /line (\d+) column (\d+)/.exec(message);
  if (named) return { line: Number(named[1]), column: Number(named[2]) };
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : firstBadIndex(text);
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  return { line: lineAt(text, at), column: at - lineStart + 1 };
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
