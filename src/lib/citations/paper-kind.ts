/**
 * What kind of work a paper is, as far as its source says: it decides the
 * BibTeX entry type (`@article`, `@inproceedings`, ...) and the CSL type of
 * its formatted citations. `preprint` is an arXiv (or other repository)
 * version; `misc` is anything else the source named.
 */
export const PAPER_KINDS = ['article', 'inproceedings', 'preprint', 'book', 'incollection', 'thesis', 'report', 'misc'] as const;

/** One of {@link PAPER_KINDS}. */
export type PaperKind = (typeof PAPER_KINDS)[number];

/**
 * The kind of a paper whose source gave none: a preprint when it has an arXiv
 * id and no venue, otherwise unknown (`misc`); a venue alone does not say
 * whether it is a journal or proceedings.
 */
export function kindOf(paper: { kind?: PaperKind | undefined; arxiv?: string | undefined; venue?: string | undefined }): PaperKind {
  return paper.kind ?? (paper.arxiv && !paper.venue ? 'preprint' : 'misc');
}
