/**
 * LaTeX's special characters and what stands for each inside a braced BibTeX
 * value. Braces are escaped so they can never unbalance the value (which would
 * end it early or swallow the rest of the file); the others would otherwise
 * be read as commands, comments, math or alignment when LaTeX typesets them.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In the default OT1 font encoding `<` and `>` print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * Character pairs TeX fonts merge into another glyph (`--` into a dash, two
 * quotes into a curly one, `!` and a backquote into ¡); an empty group between
 * them keeps both characters.
 */
const LIGATURE = /-(?=-)|'(?=')|`(?=`)|[!?](?=`)|,(?=,)/g;

/**
 * Escapes text for a braced BibTeX field value (`title = {...}`): LaTeX
 * specials become their commands, ligatures are broken up, white space is
 * folded to single spaces (BibTeX ignores line structure anyway), and control
 * characters, which no TeX engine accepts, are dropped. Other Unicode stays as is: biber and
 * modern BibTeX read UTF-8.
 */
export function escapeBibtexValue(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&#$_^~<>]/g, (c) => SPECIAL[c]!)
    .replace(LIGATURE, '$&{}');
}

/**
 * Escapes a URL for a `url` field, which BibTeX tools read verbatim: only
 * braces, which would unbalance the value, and white space are percent-encoded.
 */
export function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
