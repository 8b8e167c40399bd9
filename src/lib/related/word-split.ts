/**
 * Word splitting for topics and related papers, by a scan of character codes.
 * The same splits as the Unicode regular expressions they replace
 * (`/[^\p{L}\p{N}]+/u` and friends), which cost most of the time of reading
 * a large corpus: ASCII is decided by code ranges, and only other characters
 * are tested against Unicode's letter and number classes.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const ASCII = /^[\x00-\x7f]*$/;

/** The code point at `i` (two UTF-16 units when it is above U+FFFF). */
function codeAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** Is the code point a Unicode letter or number (`\p{L}` or `\p{N}`)? */
function isLetterOrNumber(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c);
  return LETTER_OR_NUMBER.test(String.fromCodePoint(c));
}

/** Is the code point a Unicode letter (`\p{L}`)? */
function isLetter(c: number): boolean {
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(String.fromCodePoint(c));
}

/** The code point that ends just before `i`, or -1 at the start. */
function codeBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return codeAt(text, i - 2);
  }
  return low;
}

/**
 * The runs of letters and digits of a text, in order, without empty strings:
 * `text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)`.
 */
export function letterRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    const width = c > 0xffff ? 2 : 1;
    if (isLetterOrNumber(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

/**
 * A text split as `text.split(/[^\p{L}\p{N}.-]+|(?<!\p{L})-|-(?!\p{L})/u)`
 * does, empty strings included (they stand where two breaks meet): words
 * keep dots and the hyphens between two letters; every other character
 * breaks.
 */
export function splitKeepingCompounds(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const c = codeAt(text, i);
    const width = c > 0xffff ? 2 : 1;
    if (c === 45) {
      // A hyphen breaks unless a letter stands on both sides of it.
      const joins = isLetter(codeBefore(text, i)) && i + 1 < text.length && isLetter(codeAt(text, i + 1));
      if (!joins) {
        out.push(text.slice(from, i));
        from = i + 1;
      }
      i += 1;
      continue;
    }
    if (c === 46 || isLetterOrNumber(c)) {
      i += width;
      continue;
    }
    // A run of breaking characters is one break.
    let end = i + width;
    while (end < text.length) {
      const d = codeAt(text, end);
      if (d === 45 || d === 46 || isLetterOrNumber(d)) break;
      end += d > 0xffff ? 2 : 1;
    }
    out.push(text.slice(from, i));
    from = end;
    i = end;
  }
  out.push(text.slice(from));
  return out;
}

/**
 * A text with accents removed: NFKD, then combining marks dropped. ASCII
 * text, most of any English corpus, has neither and is returned as it is.
 */
export function stripAccents(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
