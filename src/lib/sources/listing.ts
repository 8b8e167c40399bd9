import type { Diagnostic } from '../diagnostics.ts';
import { cleanInline, cleanParagraphs, normalizeNewlines } from '../papers/clean-text.ts';
import { decodeKnownTexInRecords } from './known-tex.ts';
import { isDateLine } from './listing-date.ts';
import { pairBlocks, type BlockRole } from './listing-pairing.ts';
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
      // A line with a letter or digit is never blank; only others need cleaning to tell (controls alone are blank).
      if (!/[\p{L}\p{N}]/u.test(raw) && cleanInline(raw) === '') {
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

/** A block's text cut to a length a diagnostic can quote. */
const quote = (block: Block) => `"${cleanInline(block.lines[0] ?? '').slice(0, 60)}"`;

/** What was decided about an unsure block, for the warning. */
function decision(block: Block, role: BlockRole, previous: SourceRecord | undefined): string {
  const before = previous ? `"${previous.title.slice(0, 60)}"` : 'the title before it';
  switch (role) {
    case 'abstract':
      return `read ${quote(block)} as the abstract of ${before}`;
    case 'date':
      return `read ${quote(block)} as the date of the papers after it`;
    case 'title-abstract':
      return `read ${quote(block)} as a title and the lines under it as its abstract`;
    case 'wrapped-title':
      return `read the ${block.lines.length} lines from ${quote(block)} as one title`;
    case 'title':
      return `read ${quote(block)} as the title of a new paper${previous && previous.abstract.length === 0 ? `, so ${before} has no abstract` : ''}`;
  }
}

/** The warning for a block whose reading was a close call: what was decided, and how to make it certain. */
function unsureWarning(file: string, block: Block, role: BlockRole, previous: SourceRecord | undefined): Diagnostic {
  return {
    file,
    line: block.line,
    severity: 'warning',
    rule: 'listing-unsure-pairing',
    message: `Unsure how titles and abstracts pair here; ${decision(block, role, previous)}. To make it certain, write each title on one line, then a blank line, its abstract, and a blank line; or write the listing in Markdown with a heading per paper.`,
  };
}

/**
 * Parses a plain-text papers listing: optional page chrome ending in a date
 * line, then entries of title / blank line / abstract / blank line.
 *
 * The alternation of blocks decides the pairing, whatever the punctuation:
 * an abstract may end with a formula or a URL, a title with a full stop.
 * Only where the alternation breaks does the shape of the blocks decide:
 * a title followed by another title has no abstract; a block of several
 * lines may be a title and its abstract without a blank line between them,
 * or a title wrapped over lines. Where another reading was nearly as likely,
 * a `listing-unsure-pairing` warning says at which line and what was chosen.
 * A date line between papers dates the papers after it. Every other
 * non-blank line ends up in some record's title or abstract. The
 * unmistakable text-mode TeX of titles and abstracts (`\textbf{X}`, `95\%`)
 * is decoded; every other character means itself.
 */
export function parseListing(text: string, file: string): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  const blocks = splitBlocks(text);
  const chrome = findChrome(blocks);
  const papers = blocks.slice(chrome.count);
  const { roles, unsure } = pairBlocks(papers.map((b) => b.lines));
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let listed = chrome.listed;
  let open: SourceRecord | undefined;
  papers.forEach((block, i) => {
    const role = roles[i]!;
    if (unsure[i] && !unsure[i - 1]) diagnostics.push(unsureWarning(file, block, role, open));
    if (role === 'date') {
      // A listing page covering several days has a date line before each day's papers.
      listed = cleanInline(block.lines[0] ?? '');
      return;
    }
    if (role === 'abstract' && open) {
      open.abstract.push(...cleanParagraphs(block.lines.join('\n')));
      return;
    }
    const [first = '', ...rest] = block.lines;
    const title = role === 'wrapped-title' ? cleanInline(block.lines.join(' ')) : cleanInline(first);
    const abstract = role === 'title-abstract' ? cleanParagraphs(rest.join('\n')) : [];
    const record: SourceRecord = { title, abstract, ...(listed ? { listed } : {}), file, line: block.line };
    records.push(record);
    open = record;
  });
  for (const record of records) {
    if (record.abstract.length > 0) continue;
    diagnostics.push({
      file,
      line: record.line,
      severity: 'warning',
      rule: 'listing-no-abstract',
      message: `"${record.title.slice(0, 60)}" has no abstract; its page will say so. Add the abstract as the paragraph after the title to fill it.`,
    });
  }
  return { records: decodeKnownTexInRecords(records), diagnostics };
}
