import { paperDate } from '../feeds/paper-date.ts';
import { bibtexKey } from './bibtex-key.ts';
import type { BibtexEntry } from './render-bibtex.ts';

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
}

/** The BibTeX entry of a paper whose page is at `url`. A listing date without a year becomes a note. */
export function citationOf(paper: CitablePaper, url: string): BibtexEntry {
  const date = paperDate(paper);
  return {
    key: bibtexKey(paper.slug),
    title: paper.title,
    authors: paper.authors,
    date,
    doi: paper.doi,
    arxiv: paper.arxiv,
    venue: paper.venue,
    url,
    note: !date && paper.listed ? `Listed ${paper.listed}` : undefined,
  };
}
