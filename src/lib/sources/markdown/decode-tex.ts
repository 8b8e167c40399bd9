import { decodeLatex } from '../latex-text.ts';

/**
 * Decodes TeX (accents, `\\emph{}`, `\\%`) in one batch, in the values that
 * hold a TeX command. Elsewhere Markdown text stays as written, so `--`,
 * `~` and `{braces}` in a title are not taken for TeX dashes, ties and groups.
 */
export function decodeTex(values: readonly string[]): string[] {
  const marked = values.flatMap((value, i) => (/\\[a-zA-Z@]|\\[^\sa-zA-Z]/.test(value) ? [i] : []));
  const decoded = decodeLatex(marked.map((i) => values[i]!));
  const out = [...values];
  marked.forEach((index, j) => (out[index] = decoded[j]!));
  return out;
}
