/** The part of citeproc-js's API papershelf uses (the package ships no types). */
declare module 'citeproc' {
  /** What the engine asks the caller for: items by id and locale files by language tag. */
  export interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): string;
  }
  /** Bibliography parameters and the formatted entries, in the engine's order. */
  export type Bibliography = [{ entry_ids: string[][] }, string[]] | false;
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    updateItems(ids: string[]): void;
    makeBibliography(): Bibliography;
    setOutputFormat(format: 'html' | 'text' | 'rtf'): void;
  }
  const CSL: {
    Engine: typeof Engine;
    /** Characters citeproc counts as of a Latin-like script (it formats and spaces other scripts differently). */
    ROMANESQUE_REGEXP: RegExp;
    ALL_ROMANESQUE_REGEXP: RegExp;
    Output: {
      /** Output formats; `html.text_escape` is how citeproc escapes text in HTML output. */
      Formats: { html: { text_escape(text: string): string } };
      /** Text-case transforms; `title` is citeproc's title casing. */
      Formatters: { title(state: Engine, text: string): string };
    };
  };
  export default CSL;
}
