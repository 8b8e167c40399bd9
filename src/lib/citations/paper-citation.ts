import { paperDate } from '../feeds/paper-date.ts';
import { citationKeyBase } from './bibtex-key.ts';
import { kindOf, type PaperKind } from './paper-kind.ts';
import type { BibtexEntry, BibtexType } from './render-bibtex.ts';

/** The fields of a paper a citation uses; those after `title` are optional so any source's papers fit. */
export interface CitablePaper {
  slug: string;
  title: string;
  listed?: string | undefined;
  date?: string | undefined;
  authors?: readonly string[] | undefined;
  doi?: string | undefined;
  arxiv?: string | undefined;
  venue?: string | undefined;
  kind?: PaperKind | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  publisher?: string | undefined;
  editors?: readonly string[] | undefined;
  organizations?: readonly string[] | undefined;
  /** The key the build assigned (unique across the site); without one, the paper's own base key. */
  citeKey?: string | undefined;
}

/** The BibTeX type of each kind of paper, and the field its venue goes in. */
const TYPES: Record<PaperKind, [BibtexType, 'journal' | 'booktitle' | 'howpublished' | undefined]> = {
  article: ['article', 'journal'],
  inproceedings: ['inproceedings', 'booktitle'],
  incollection: ['incollection', 'booktitle'],
  book: ['book', undefined],
  thesis: ['phdthesis', undefined],
  report: ['techreport', undefined],
  preprint: ['misc', 'howpublished'],
  misc: ['misc', 'howpublished'],
};

/**
 * The BibTeX entry of a paper whose page is at `url`: `@article` with its
 * journal, volume, number and pages, `@inproceedings` with its booktitle and
 * editors, and so on from the paper's kind; `@misc` (venue in
 * `howpublished`, arXiv id as `eprint`) only when the kind is unknown. An
 * article without a journal is `@misc` too, as BibTeX styles require one. A
 * listing date without a year becomes a note.
 */
export function citationOf(paper: CitablePaper, url: string): BibtexEntry {
  const date = paperDate(paper);
  let [type, venueField] = TYPES[kindOf(paper)];
  if (venueField && venueField !== 'howpublished' && !paper.venue) [type, venueField] = ['misc', 'howpublished'];
  return {
    type,
    key: paper.citeKey ?? citationKeyBase({ ...paper, date }),
    title: paper.title,
    authors: paper.authors,
    editors: paper.editors,
    organizations: paper.organizations,
    date,
    ...(venueField ? { [venueField]: paper.venue } : {}),
    volume: paper.volume,
    number: paper.issue,
    pages: paper.pages,
    publisher: paper.publisher,
    doi: paper.doi,
    arxiv: paper.arxiv,
    url,
    note: !date && paper.listed ? `Listed ${paper.listed}` : undefined,
  };
}
