import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, cleanParagraphs, normalizeNewlines } from '../papers/clean-text.ts';
import { isDateLine } from './listing-date.ts';
import type { SourceRecord } from './source-record.ts';

/** A run of non-blank lines and the 1-based line number of its first line. */
interface Block {
  lines: string[];
  line: number;
}

/** How many leading blocks may be page chrome before the listing date. */
const MAX_CHROME_BLOCKS = 12;
/** Lines longer than this are never titles. */
const MAX_TITLE_LENGTH = 1000;

/** Splits text into blocks separated by blank lines, keeping line numbers. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  normalizeNewlines(text)
    .split('\n')
    .forEach((raw, index) => {
      if (cleanInline(raw) === '') {
        current = undefined;
        return;
      }
      if (!current) {
        current = { lines: [], line: index + 1 };
        blocks.push(current);
      }
      current.lines.push(raw);
    });
  return blocks;
}

/**
 * A block shaped like a title: one line, not too long, and not ending like a
 * sentence. Abstracts end with a full stop (or a URL); titles do not.
 */
function isTitleLike(block: Block | undefined): boolean {
  if (!block || block.lines.length !== 1) return false;
  const text = cleanInline(block.lines[0] ?? '');
  return text.length <= MAX_TITLE_LENGTH && !/[.:;,]$/.test(text) && !/https?:\/\/\S+$/i.test(text);
}

/**
 * Finds the page chrome at the top of a listing dump: everything up to and
 * including a date line near the top, provided all of it is short one-line
 * blocks that read like navigation text, not like papers. Returns the number
 * of chrome blocks and the date, or zero when the file starts straight with
 * papers.
 */
function findChrome(blocks: Block[]): { count: number; listed?: string } {
  const limit = Math.min(blocks.length, MAX_CHROME_BLOCKS);
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]!;
    const text = cleanInline(block.lines.join(' '));
    if (block.lines.length === 1 && isDateLine(text)) return { count: i + 1, listed: text };
    // A block ending like a sentence is a short abstract: papers come before any date.
    if (!isTitleLike(block) || text.length > 120) break;
  }
  return { count: 0 };
}

/**
 * Parses a plain-text papers listing: optional page chrome ending in a date
 * line, then entries of title / blank line / abstract / blank line.
 *
 * Tolerates a missing blank line between title and abstract (the first line of
 * a block is then the title), entries without an abstract (a title directly
 * followed by another title and its abstract, or a title at the end of the
 * file) and any line-ending style. A date line between papers dates the
 * papers after it. Every other non-blank line ends up in some record's title
 * or abstract.
 */
export function parseListing(text: string, file: string): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  const blocks = splitBlocks(text);
  const chrome = findChrome(blocks);
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let listed = chrome.listed;
  let i = chrome.count;
  while (i < blocks.length) {
    const block = blocks[i]!;
    const [first = '', ...rest] = block.lines;
    const title = cleanInline(first);
    // A listing page covering several days has a date line before each day's
    // papers: it dates the papers after it and is not a paper itself.
    if (rest.length === 0 && isDateLine(title) && (i + 1 >= blocks.length || isTitleLike(blocks[i + 1]))) {
      listed = title;
      i += 1;
      continue;
    }
    let abstract: string[];
    if (rest.length > 0) {
      // Title and abstract without a blank line between them.
      abstract = cleanParagraphs(rest.join('\n'));
      i += 1;
    } else {
      const next = blocks[i + 1];
      const afterNext = blocks[i + 2];
      const nextIsTitleOfAnother = isTitleLike(next) && (afterNext === undefined ? false : !isTitleLike(afterNext));
      if (!next || nextIsTitleOfAnother) {
        abstract = [];
        i += 1;
      } else {
        abstract = cleanParagraphs(next.lines.join('\n'));
        i += 2;
      }
    }
    if (abstract.length === 0) {
      diagnostics.push({
        file,
        line: block.line,
        severity: 'warning',
        rule: 'listing-no-abstract',
        message: `"${title.slice(0, 60)}" has no abstract; its page will say so. Add the abstract as the paragraph after the title to fill it.`,
      });
    }
    records.push({ title, abstract, ...(listed ? { listed } : {}), file, line: block.line });
  }
  return { records, diagnostics };
}
