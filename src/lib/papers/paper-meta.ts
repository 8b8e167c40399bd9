import { escapeHtml } from '../math/render-math.ts';
import type { PaperData } from '../paper-schema.ts';

/** The `date` sort key of a page without a date: last in newest-first order, never dropped from sorted results. */
export const UNDATED_SORT_KEY = '0000-00-00';

/** The `oldest` sort key of a page without a date: last in oldest-first order too. */
export const UNDATED_OLDEST_KEY = '9999-99-99';

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
 * Search filters and sort keys of a paper page, as Pagefind attributes read
 * them: the year when the date is known, whether it links code, and two date
 * sort keys every page has: `date` for newest first (descending) and
 * `oldest` for oldest first (ascending), each putting undated papers last.
 */
export function searchFacets(paper: Pick<PaperData, 'date' | 'links'>): { year?: string; hasCode: boolean; sortDate: string; sortOldest: string } {
  return {
    ...(paper.date ? { year: paper.date.slice(0, 4) } : {}),
    hasCode: paper.links.code.length > 0,
    sortDate: paper.date ?? UNDATED_SORT_KEY,
    sortOldest: paper.date ?? UNDATED_OLDEST_KEY,
  };
}

/**
 * The hidden elements that give Pagefind a paper's {@link searchFacets}, as
 * HTML: the paper page and its small search page (see search-source.ts) both
 * write exactly these. With them go the `venue` filter and one `author`
 * filter value per person (`authorNames`: merged spellings under one name).
 */
export function searchFacetTags(paper: Pick<PaperData, 'date' | 'links' | 'venue'>, authorNames: readonly string[] = []): string {
  const facets = searchFacets(paper);
  return [
    `<span hidden data-pagefind-sort="date:${facets.sortDate}"></span>`,
    `<span hidden data-pagefind-sort="oldest:${facets.sortOldest}"></span>`,
    ...(facets.year ? [`<span hidden data-pagefind-filter="year:${facets.year}"></span>`] : []),
    ...(facets.hasCode ? ['<span hidden data-pagefind-filter="has code:yes"></span>'] : []),
    // Names and venues are text: as element content (escaped, not words of the paper) they need no attribute quoting.
    ...(paper.venue ? [`<span hidden data-pagefind-ignore data-pagefind-filter="venue">${escapeHtml(paper.venue)}</span>`] : []),
    ...authorNames.map((name) => `<span hidden data-pagefind-ignore data-pagefind-filter="author">${escapeHtml(name)}</span>`),
  ].join('');
}
