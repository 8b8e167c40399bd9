/**
 * Text hygiene shared by every source format.
 *
 * Control characters are invisible, invalid in XML and unsafe in YAML, so they
 * are dropped; everything else, including zero-width characters, bidi controls,
 * emoji and any script, is kept exactly as given (NFC-normalised so that the
 * same words always compare equal).
 */

// C0 controls except tab and newline, DEL, and C1 controls; lone surrogates too.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** Normalises line endings (CRLF, CR, U+2028/U+2029, NEL) to `\n`. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
}

/** Removes control characters and normalises to NFC; keeps tabs and newlines. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '').normalize('NFC');
}

/**
 * Folds all runs of white space (tabs and newlines included) into one space and
 * trims. A lone no-break space (TeX's `~`, `&nbsp;`) is kept: it is there to
 * keep two words on one line (`p.~3`, `Fig.~2`).
 */
export function foldWhitespace(text: string): string {
  const folded = text.includes('\u00A0') ? text.replace(/\s+/gu, (run) => (run === '\u00A0' ? run : ' ')) : text.replace(/\s+/g, ' ');
  return folded.trim();
}

// The private-use characters abstract markup is written with (see abstract-markup.ts).
const MARKUP = /[\uE010-\uE01F]/g;

/** Cleans one inline field such as a title: controls and markup characters removed, white space folded. */
export function cleanInline(text: string): string {
  return foldWhitespace(stripControls(normalizeNewlines(text)).replace(MARKUP, ''));
}

/**
 * Cleans a multi-paragraph field such as an abstract: paragraphs are split on
 * blank lines and each is folded onto one line. Markup characters are dropped,
 * so text a reader takes as it is can never carry abstract markup. Returns
 * the paragraphs.
 */
export function cleanParagraphs(text: string): string[] {
  return cleanMarkedParagraphs(text.replace(MARKUP, ''));
}

/**
 * {@link cleanParagraphs} for an abstract whose markup a reader has just
 * written (emphasis, lists from TeX or HTML): the markup is kept.
 */
export function cleanMarkedParagraphs(text: string): string[] {
  return stripControls(normalizeNewlines(text))
    .split(/\n[ \t]*\n/)
    .map(foldWhitespace)
    .filter((p) => p.length > 0);
}
