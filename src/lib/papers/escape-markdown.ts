import { findUrls } from './links.ts';

/**
 * ASCII punctuation that is left as is. Every other ASCII punctuation character
 * is backslash-escaped, which CommonMark and MDX both read as the literal
 * character, so no text can become markup, an expression, JSX or an entity.
 */
const SAFE_PUNCTUATION = new Set([',', "'", '"', '?', ';', '/', '%', '=', '@']);

/** Escapes one run of plain text so that Markdown and MDX both show it literally. */
export function escapeMarkdownText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    const punctuation = code < 128 && /[!-/:-@[-`{-~]/.test(char);
    out += punctuation && !SAFE_PUNCTUATION.has(char) ? `\\${char}` : char;
  }
  return out;
}

/** Percent-encodes the characters that would end or break a Markdown link destination. */
function encodeDestination(url: string): string {
  return url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Turns one folded paragraph into a Markdown/MDX paragraph: the text shows
 * literally and every http(s) URL becomes a link whose text is the URL.
 */
export function paragraphToMarkdown(paragraph: string): string {
  let out = '';
  let last = 0;
  for (const { url, start, end } of findUrls(paragraph)) {
    out += escapeMarkdownText(paragraph.slice(last, start));
    out += `[${escapeMarkdownText(url)}](${encodeDestination(url)})`;
    last = end;
  }
  return out + escapeMarkdownText(paragraph.slice(last));
}

/** Renders abstract paragraphs as a Markdown/MDX body, one paragraph per line, blank lines between. */
export function abstractToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.map(paragraphToMarkdown).join('\n\n');
}
