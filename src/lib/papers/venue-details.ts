/** What a paper page says besides its venue about where the paper appeared. */
export interface VenueFields {
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  editors?: readonly string[] | undefined;
  publisher?: string | undefined;
}

/** `A`, `A and B`, `A, B and C`. */
function joinNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The line after a paper's venue on its page: `vol. 99, no. 3, pp. 1–20,
 * edited by Alina Beygelzimer and Daniel Hsu, PMLR`, each part only when
 * known (a page range gets an en dash; a single page or article number is
 * `p.`); undefined when none is.
 */
export function venueDetails(paper: VenueFields): string | undefined {
  const pages = paper.pages?.replace(/\s*[-\u2010-\u2015]+\s*/g, '–');
  const parts = [
    paper.volume && `vol. ${paper.volume}`,
    paper.issue && `no. ${paper.issue}`,
    pages && `${pages.includes('–') ? 'pp.' : 'p.'} ${pages}`,
    paper.editors?.length && `edited by ${joinNames(paper.editors)}`,
    paper.publisher,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}
