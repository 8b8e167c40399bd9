import { decodeXML } from 'entities';

/**
 * Decodes the character references of XML text or an attribute value once:
 * the five named ones (`&amp;`, `&lt;`, ...) and every numeric one (`&#233;`,
 * `&#x2014;`), so `&amp;lt;` is the text `&lt;`. Names XML does not define
 * (`&eacute;`) stay as written.
 */
export function decodeXmlText(text: string): string {
  return text.includes('&') ? decodeXML(text) : text;
}

/** Escapes text for XML content and attributes, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
