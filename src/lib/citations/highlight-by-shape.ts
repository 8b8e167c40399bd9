/** Escapes text for HTML content exactly as Shiki's HTML writer does for token text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

// Placeholders are plain letters, which the BibTeX grammar reads as one token
// wherever a key or a field value may stand.
const KEY = 'PapershelfKeyPlaceholder';
const VALUE = (n: number) => `PapershelfValuePlaceholder${String.fromCharCode(65 + (n % 26))}${Math.floor(n / 26)}`;
const ENTRY = /^(@\w+\{)([^,\n]*)(,\n)/;
const FIELD = /^( {2}\w+ = \{)(.*)(\},?)$/gm;

/**
 * Highlights entries written by `renderBibtex` at the cost of one highlight
 * per entry *shape* (its type and field names) instead of one per entry:
 * keys and field values are swapped for placeholders, the shape is
 * highlighted once and cached, and the real text goes back in, escaped. Every
 * value is a single plain-text token in the BibTeX grammar, so the result is
 * the same markup `highlight` would give for the entry itself (the tests
 * compare both). Text that is not one such entry is highlighted directly.
 */
export function highlightByShape(highlight: (code: string) => string): (code: string) => string {
  const shapes = new Map<string, string>();
  return (code) => {
    const entry = ENTRY.exec(code);
    if (!entry) return highlight(code);
    const values: string[] = [];
    const shape = code
      .replace(ENTRY, (_, open: string) => `${open}${KEY},\n`)
      .replace(FIELD, (_, open: string, value: string, close: string) => `${open}${VALUE(values.push(value) - 1)}${close}`);
    let html = shapes.get(shape);
    if (html === undefined) shapes.set(shape, (html = highlight(shape)));
    if (!html.includes(KEY) || values.some((_, i) => !html!.includes(VALUE(i)))) return highlight(code);
    return values.reduce((out, value, i) => out.replace(VALUE(i), () => escapeHtml(value)), html.replace(KEY, () => escapeHtml(entry[2]!)));
  };
}
