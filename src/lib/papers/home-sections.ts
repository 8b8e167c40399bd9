import { paperDate, sortNewestFirst } from '../feeds/paper-date.ts';
import type { PaperData } from '../paper-schema.ts';
import type { PeopleIndex } from '../people/people-index.ts';
import { compareBySource } from '../catalog.ts';

/** The selected papers, newest first (source order when undated), for the top of the home page. */
export function selectedPapers(papers: readonly PaperData[]): PaperData[] {
  return sortNewestFirst([...papers].filter((p) => p.selected).sort(compareBySource), paperDate);
}

/** The papers with at least one highlighted author ("Our papers"), newest first; at most `limit`. */
export function ourPapers(papers: readonly PaperData[], index: PeopleIndex, limit: number): PaperData[] {
  const ours = papers.filter((p) => (p.authors ?? []).some((name) => index.byName.get(name)?.highlight));
  return sortNewestFirst(ours.sort(compareBySource), paperDate).slice(0, limit);
}
