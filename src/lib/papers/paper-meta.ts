import type { PaperData } from '../paper-schema.ts';

/** Pagefind sorts pages without a date last (descending) instead of dropping them from sorted results. */
export const UNDATED_SORT_KEY = '0000-00-00';

/** `2023-05-04` → `4 May 2023`, `2023-05` → `May 2023`, `2023` → `2023`; in English, in UTC. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat('en-GB', options).format(value);
}

/** The arXiv abstract page of a paper, when it has an arXiv id. */
export function arxivUrl(paper: Pick<PaperData, 'arxiv'>): string | undefined {
  return paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : undefined;
}

/** The doi.org address of a paper, when it has a DOI; characters a path gives meaning to are encoded. */
export function doiUrl(paper: Pick<PaperData, 'doi'>): string | undefined {
  return paper.doi ? `https://doi.org/${paper.doi.split('/').map(encodeURIComponent).join('/')}` : undefined;
}

/**
 * Search filters and sort key of a paper page, as Pagefind attributes read
 * them: the year when the date is known, whether it links code, and a date
 * sort key that every page has.
 */
export function searchFacets(paper: Pick<PaperData, 'date' | 'links'>): { year?: string; hasCode: boolean; sortDate: string } {
  return {
    ...(paper.date ? { year: paper.date.slice(0, 4) } : {}),
    hasCode: paper.links.code.length > 0,
    sortDate: paper.date ?? UNDATED_SORT_KEY,
  };
}
