import { decodeKnownTex } from '../known-tex.ts';

/**
 * Decodes the unmistakable TeX of Markdown text (`\\emph{}`, `\\"o`, `\\%`) in
 * one batch, as for plain listings. Everything else stays as written, so
 * `--`, `~` and `{braces}` in a title are not taken for TeX dashes, ties and
 * groups, and a paper's own macros are not dropped.
 */
export function decodeTex(values: readonly string[]): string[] {
  return decodeKnownTex(values);
}
