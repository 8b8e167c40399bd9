// Every page of a build passes the same topics: they are ranked once.
const rankings = new WeakMap<readonly object[], string[]>();

/** Topic slugs, largest topic first; the site's order breaks ties, so the choice is stable. */
function rankOf(topics: readonly { slug: string; papers: readonly unknown[] }[]): string[] {
  let ranked = rankings.get(topics);
  if (!ranked) {
    ranked = topics.map((t, order) => ({ t, order })).sort((a, b) => b.t.papers.length - a.t.papers.length || a.order - b.order).map((r) => r.t.slug);
    rankings.set(topics, ranked);
  }
  return ranked;
}

/**
 * The topics every page's sidebar lists. A site's derived topics grow with
 * its papers, and the sidebar is on every page, so it lists at most `limit`
 * of them: the largest, plus the page's own topic, in the site's topic
 * order. The topics index lists them all.
 */
export function sidebarTopics<T extends { slug: string; papers: readonly unknown[] }>(topics: readonly T[], current: string | undefined, limit = SIDEBAR_TOPICS): { shown: T[]; hidden: number } {
  if (topics.length <= limit) return { shown: [...topics], hidden: 0 };
  const ranked = rankOf(topics);
  const keep = new Set(ranked.slice(0, limit));
  if (current && !keep.has(current) && topics.some((t) => t.slug === current)) {
    keep.delete(ranked[limit - 1]!);
    keep.add(current);
  }
  const shown = topics.filter((t) => keep.has(t.slug));
  return { shown, hidden: topics.length - shown.length };
}

/** How many topics the sidebar lists at most. */
export const SIDEBAR_TOPICS = 24;
