import { compareBySource, PAGE_SIZE } from '../catalog.ts';
import { paperDate, sortNewestFirst } from '../feeds/paper-date.ts';
import type { PaperData } from '../paper-schema.ts';

/** The year of a paper (`2023`), from its date or full listing date; undefined when undated. */
export function paperYear(paper: Pick<PaperData, 'date' | 'listed'>): string | undefined {
  return paperDate(paper)?.slice(0, 4);
}

/** A run of papers of one year within a list, and the list position (1-based) of its first paper. */
export interface YearGroup<T> {
  /** Undefined for the undated papers, which close a newest-first list. */
  year: string | undefined;
  papers: T[];
  start: number;
}

/**
 * Splits a list into runs of the same year, in the list's order: a
 * newest-first list gives one group per year, newest first, then the
 * undated. `start` is the first paper's number in the whole list (from `first`).
 */
export function groupByYear<T extends Pick<PaperData, 'date' | 'listed'>>(papers: readonly T[], first = 1): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  papers.forEach((paper, i) => {
    const year = paperYear(paper);
    const last = groups.at(-1);
    if (last && last.year === year) last.papers.push(paper);
    else groups.push({ year, papers: [paper], start: first + i });
  });
  return groups;
}

/** One page of a year's listing. */
export interface YearPage {
  year: string;
  /** 1-based. */
  number: number;
  /** Total pages of this year. */
  count: number;
  papers: PaperData[];
}

/**
 * The dated papers by year, newest year first; each year's papers newest
 * first (source order among equal dates) and split into pages of at most
 * `perPage`. Undated papers are on no year page.
 */
export function paginateYears(papers: readonly PaperData[], perPage = PAGE_SIZE): YearPage[] {
  const byYear = new Map<string, PaperData[]>();
  // Papers of one date keep source order, whatever order the content store loaded them in, so
  // an incremental build and a full one list them alike.
  for (const paper of sortNewestFirst([...papers].sort(compareBySource), paperDate)) {
    const year = paperYear(paper);
    if (!year) continue;
    const list = byYear.get(year);
    if (list) list.push(paper);
    else byYear.set(year, [paper]);
  }
  return [...byYear].flatMap(([year, list]) => {
    const count = Math.ceil(list.length / perPage);
    return Array.from({ length: count }, (_, i) => ({ year, number: i + 1, count, papers: list.slice(i * perPage, (i + 1) * perPage) }));
  });
}

/** Site-relative path of a year page: `years/2023/`, `years/2023/2/`. */
export function yearPagePath(year: string, number = 1): string {
  return `years/${year}/${number > 1 ? `${number}/` : ''}`;
}
