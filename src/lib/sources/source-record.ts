import type { PaperKind } from '../citations/paper-kind.ts';
import type { LinksByKind } from '../papers/link-kinds.ts';

/** One paper as a source file gave it, before slugs and topics are decided. */
export interface SourceRecord {
  /** Title, cleaned to one line; never empty. */
  title: string;
  /** Abstract paragraphs, each folded onto one line; empty when there is none. */
  abstract: string[];
  /** Listing date as the source wrote it, when the source has one. */
  listed?: string;
  /** Path of the source file relative to the project root. */
  file: string;
  /** 1-based line of the record's first line (its title, or the entry's start). */
  line: number;
  /** Author names as display strings (`Jürgen Müller`), in the source's order. */
  authors?: string[];
  /** Publication date, `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. */
  date?: string;
  /** arXiv identifier without version suffix (`2301.01234`, `hep-th/9901001`). */
  arxiv?: string;
  /** DOI without a resolver prefix (`10.1000/xyz`). */
  doi?: string;
  /** Journal, proceedings or other container title. */
  venue?: string;
  /** What kind of work it is; with it, `venue` is a journal (`article`) or a proceedings or book title. */
  kind?: PaperKind;
  /** Volume of the journal or proceedings series. */
  volume?: string;
  /** Issue (BibTeX `number`, CSL `issue`). */
  issue?: string;
  /** Page range as the source wrote it, with `-` or `--` (`207--217`), or an article number. */
  pages?: string;
  /** Publisher (or, for a thesis or report, the institution). */
  publisher?: string;
  /** Editors of the proceedings or book, as display strings. */
  editors?: string[];
  /** Names among `authors` and `editors` that are organisations (`OpenML Collective`): one name, never split into given and family. */
  organizations?: string[];
  /** Subject categories as the source names them (`cs.LG`). */
  categories?: string[];
  /** Free keywords. */
  keywords?: string[];
  /** True when the source marks the paper as one of the selected (BibTeX `selected = {true}`). */
  selected?: true;
  /** Link fields of the source (not the abstract), by kind: code repository, project or landing page, PDF, slides, ... */
  urls?: LinksByKind;
}

/** The metadata fields a reader may add to a record besides title, abstract and place. */
export type RecordMetadata = Omit<SourceRecord, 'title' | 'abstract' | 'listed' | 'file' | 'line'>;
