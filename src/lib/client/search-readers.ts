/**
 * What turns Pagefind's results into what readers see, loaded with
 * Pagefind on first use (see pagefind.ts): excerpts, math as text, and the
 * check that a query really matched.
 */
export { buildExcerpt } from '../search/excerpt.ts';
export { withReadableMath } from '../math/tex-to-text.ts';
export { markTerms, matchesEveryTerm, wordsAt } from '../search/query-match.ts';
