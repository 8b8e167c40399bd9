/** An author as a shortened list shows it: after a gap (names left out before it), or the paper's last author. */
export type ShownAuthor<T> = T & { gap: boolean; last: boolean };

/**
 * The authors a list shows: the first `limit`, then any of the site's own
 * people (`highlight`) further down, so "our papers" still show whose they
 * are; `gap` marks a name after left-out ones, `last` the paper's last
 * author. One name more than the limit is shown rather than an "et al.".
 * Every author when `limit` is undefined.
 */
export function shortenAuthors<T extends { highlight: boolean }>(authors: readonly T[], limit: number | undefined): ShownAuthor<T>[] {
  const keep = (a: T, i: number) => limit === undefined || authors.length <= limit + 1 || i < limit || a.highlight;
  const shown: ShownAuthor<T>[] = [];
  let previous = -1;
  authors.forEach((a, i) => {
    if (!keep(a, i)) return;
    shown.push({ ...a, gap: i > previous + 1, last: i === authors.length - 1 });
    previous = i;
  });
  return shown;
}
