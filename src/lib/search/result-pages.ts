/**
 * Results come in pages of {@link PAGE_SIZE}, listed one after the other:
 * "Show more" adds the next page to the list, and the page count is in the
 * address (`page=3`), so a reload or a shared link lists as many. Pure.
 */

/** Results per page. */
export const PAGE_SIZE = 20;

/** How many of `found` results the first `page` pages list. */
export function shownCount(found: number, page: number): number {
  return Math.min(found, Math.max(1, page) * PAGE_SIZE);
}

/** The last page that lists anything new for `found` results (at least 1). */
export function lastPage(found: number): number {
  return Math.max(1, Math.ceil(found / PAGE_SIZE));
}

/** The label of the button that lists the next page; undefined when every result is listed. */
export function moreLabel(found: number, shown: number): string | undefined {
  const next = Math.min(PAGE_SIZE, found - shown);
  if (next <= 0) return undefined;
  return next === found - shown ? `Show the last ${next === 1 ? 'result' : `${next} results`}` : `Show ${next} more results`;
}

/** The status line: how many papers were found and, when not all are listed yet, how many are. */
export function describeResults(found: number, shown: number): string {
  const papers = `${found} ${found === 1 ? 'paper' : 'papers'} found`;
  return shown < found ? `${papers}, showing ${shown}` : papers;
}
