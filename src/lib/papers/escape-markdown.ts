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

/**
 * Makes a URL safe as a Markdown link destination. Characters a destination
 * gives meaning to are backslash-escaped rather than percent-encoded, so the
 * link goes exactly where its text says (`&amp;` stays `&amp;`, `(` stays `(`);
 * white space, which cannot be escaped, is percent-encoded.
 */
function encodeDestination(url: string): string {
  return url
    .replace(/[()<>\\&]/g, (c) => `\\${c}`)
    .replace(/\s/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * MDX reads a paragraph starting with `import` or `export` as JavaScript. A
 * letter cannot be backslash-escaped, so the first one becomes a character
 * reference, which Markdown and MDX both show as the letter.
 */
function escapeEsmKeyword(markdown: string): string {
  return markdown.replace(/^(?:import|export)/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
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
  return escapeEsmKeyword(out + escapeMarkdownText(paragraph.slice(last)));
}

/** Renders abstract paragraphs as a Markdown/MDX body, one paragraph per line, blank lines between. */
export function abstractToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.map(paragraphToMarkdown).join('\n\n');
}
