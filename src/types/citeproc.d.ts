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
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
