/**
 * Decides what each block of a plain listing is: a title, an abstract, a
 * title with its abstract, a title wrapped over lines, or a date line.
 *
 * The file's alternation of blocks (title, abstract, title, abstract) is
 * trusted first: breaking it costs much more than any block's shape. Shape
 * (length, a final full stop, a trailing URL) only decides where a real
 * anomaly is (a title without abstract, a missing blank line), because a
 * title may end with a full stop and an abstract may end with a formula. The
 * cheapest reading of the whole file is found by dynamic programming, and a
 * block whose second-best reading is nearly as cheap is reported as unsure.
 */
import { cleanInline } from '../papers/clean-text.ts';
import { isDateLine } from './listing-date.ts';

/** What one block of a listing is read as. */
export type BlockRole = 'title' | 'title-abstract' | 'wrapped-title' | 'abstract' | 'date';

/** The roles of a listing's blocks and whether each was a close call. */
export interface Pairing {
  roles: BlockRole[];
  unsure: boolean[];
}

const ROLES: readonly BlockRole[] = ['title', 'title-abstract', 'wrapped-title', 'abstract', 'date'];
/** A paper without abstract: the alternation breaks (two titles in a row, or a title last). */
const NO_ABSTRACT = 4;
/** A second abstract paragraph: rarer in listings than a paper without abstract. */
const EXTRA_PARAGRAPH = 6;
/** A title and its abstract without a blank line between them. */
const MISSING_BLANK = 2;
/** A title hard-wrapped over two or three lines. */
const WRAPPED_TITLE = 2.5;
/** A date line read as an abstract rather than as the date of the papers after it. */
const DATE_AS_ABSTRACT = 2;
/**
 * A title ending like a sentence, or a short abstract not ending like one. For
 * short text punctuation is the only shape there is; still, two of these cost
 * less than the two breaks of the alternation a shifted pair needs.
 */
const SHORT_TEXT_PUNCTUATION = 2;
/** Readings closer than this to the best one make a block unsure. */
const UNSURE_MARGIN = 1.5;
const IMPOSSIBLE = Number.POSITIVE_INFINITY;

/** The cost of reading one line of text as a title: zero for the usual shape. */
function titleCost(text: string): number {
  let cost = 0;
  // Titles run to about 150 characters, abstracts to a thousand or more; a long
  // title between two abstracts is still a title, as breaking the alternation twice costs more.
  if (text.length > 1000) cost += 12;
  else if (text.length > 300) cost += 4;
  else if (text.length > 200) cost += 3;
  else if (text.length > 160) cost += 1;
  if (/https?:\/\/\S+$/i.test(text)) cost += 2;
  // Several sentences ending with a full stop read like an abstract; one final stop is only a hint.
  if (/[.!?]["')\]]?$/.test(text) && /[.!?]\s+\p{Lu}/u.test(text)) cost += 2;
  else if (/[.:;,]$/.test(text)) cost += SHORT_TEXT_PUNCTUATION;
  if (isDateLine(text)) cost += 1;
  return cost;
}

/**
 * The cost of reading text as an abstract: short text without a final stop
 * looks like a title. In a file whose abstracts are long (`longAbstracts`),
 * short text is much more likely a title than an abstract, even two titles
 * in a row (papers without abstract) rather than one title read as the
 * other's abstract.
 */
function abstractCost(text: string, longAbstracts: boolean): number {
  if (text.length >= 200) return 0;
  const stop = /[.!?)]$/.test(text);
  if (longAbstracts) return stop ? 2 : 2 * NO_ABSTRACT + 2;
  if (stop) return 0.3;
  return text.length >= 80 ? 1 : SHORT_TEXT_PUNCTUATION;
}

/** The cost of a block in each role; `raw` are its non-empty lines as written, `lines` the same cleaned. */
function roleCost(role: BlockRole, raw: readonly string[], lines: readonly string[], longAbstracts: boolean): number {
  const text = lines.join(' ');
  const single = lines.length === 1;
  switch (role) {
    case 'title':
      return single ? titleCost(text) : IMPOSSIBLE;
    case 'date':
      return single && isDateLine(text) ? 0 : IMPOSSIBLE;
    case 'abstract':
      return abstractCost(text, longAbstracts) + (single && isDateLine(text) ? DATE_AS_ABSTRACT : 0);
    case 'wrapped-title':
      if (single || lines.length > 3 || lines.some((l) => l.length > 120) || text.length > 250) return IMPOSSIBLE;
      // arXiv indents the continuation lines of a wrapped title.
      return WRAPPED_TITLE + titleCost(text) - (raw.slice(1).every((l) => /^[ \t]+\S/.test(l)) && !/^\s/.test(raw[0]!) ? 1 : 0);
    case 'title-abstract': {
      if (single) return IMPOSSIBLE;
      const [first = '', second = '', ...more] = lines;
      let cost = MISSING_BLANK + titleCost(first) + abstractCost(lines.slice(1).join(' '), longAbstracts);
      // A line continuing in lower case is a hard wrap inside a paragraph, not a title's end.
      if (/^\p{Ll}/u.test(second)) cost += 4;
      // Lines of one paragraph wrapped at a fixed width are about as long as each other.
      if (more.length > 0 && first.length >= 0.85 * Math.max(second.length, ...more.map((l) => l.length))) cost += 1.5;
      return cost;
    }
  }
}

/** True for roles after which the paper still waits for its abstract. */
const awaitsAbstract = (role: BlockRole) => role === 'title' || role === 'wrapped-title';

/** The cost of `next` following `prev` (undefined: the start of the papers). */
function transitionCost(prev: BlockRole | undefined, next: BlockRole): number {
  if (next === 'abstract') {
    if (prev === undefined || prev === 'date') return IMPOSSIBLE;
    return awaitsAbstract(prev) ? 0 : EXTRA_PARAGRAPH;
  }
  return prev !== undefined && awaitsAbstract(prev) ? NO_ABSTRACT : 0;
}

/** The cost of the papers ending after `last`. */
const endCost = (last: BlockRole) => (awaitsAbstract(last) ? NO_ABSTRACT : 0);

/**
 * Reads the blocks of a listing (after any page chrome) as titles, abstracts
 * and date lines. Each block is given as its non-empty lines, as written.
 * Returns one role per block, and per block whether another reading was
 * nearly as likely (the place to warn about).
 */
export function pairBlocks(blocks: readonly (readonly string[])[]): Pairing {
  const n = blocks.length;
  if (n === 0) return { roles: [], unsure: [] };
  // Abstracts run to hundreds of characters; when a good share of the blocks do, short blocks are titles.
  const longAbstracts = blocks.filter((lines) => lines.join(' ').length >= 300).length >= 0.3 * n;
  const emit = blocks.map((raw) => {
    // Cleaned once per block, not once per role it is tried in.
    const lines = raw.map(cleanInline);
    return ROLES.map((role) => roleCost(role, raw, lines, longAbstracts));
  });
  // forward[i][r]: cheapest reading of blocks 0..i with block i in role r.
  const forward = emit.map(() => ROLES.map(() => IMPOSSIBLE));
  const from = emit.map(() => ROLES.map(() => -1));
  ROLES.forEach((role, r) => (forward[0]![r] = transitionCost(undefined, role) + emit[0]![r]!));
  for (let i = 1; i < n; i++) {
    ROLES.forEach((role, r) => {
      ROLES.forEach((prev, p) => {
        const cost = forward[i - 1]![p]! + transitionCost(prev, role) + emit[i]![r]!;
        if (cost < forward[i]![r]!) {
          forward[i]![r] = cost;
          from[i]![r] = p;
        }
      });
    });
  }
  // backward[i][r]: cheapest reading of blocks i+1.. given block i in role r.
  const backward = emit.map(() => ROLES.map(() => IMPOSSIBLE));
  ROLES.forEach((role, r) => (backward[n - 1]![r] = endCost(role)));
  for (let i = n - 2; i >= 0; i--) {
    ROLES.forEach((role, r) => {
      ROLES.forEach((next, q) => {
        backward[i]![r] = Math.min(backward[i]![r]!, transitionCost(role, next) + emit[i + 1]![q]! + backward[i + 1]![q]!);
      });
    });
  }
  const totals = forward.map((row, i) => row.map((cost, r) => cost + backward[i]![r]!));
  const indices: number[] = new Array<number>(n);
  indices[n - 1] = argMin(totals[n - 1]!);
  for (let i = n - 1; i > 0; i--) indices[i - 1] = from[i]![indices[i]!]!;
  const unsure = indices.map((r, i) => {
    const best = totals[i]![r]!;
    return totals[i]!.some((cost, other) => other !== r && cost - best < UNSURE_MARGIN);
  });
  return { roles: indices.map((r) => ROLES[r]!), unsure };
}

/** The index of the smallest value (the first one on ties, so readings are stable). */
function argMin(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < values[best]!) best = i;
  });
  return best;
}
